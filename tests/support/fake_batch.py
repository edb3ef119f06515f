"""The OpenAI files + batches API on the loopback test server (:class:`tests.support.fake_openai.FakeOpenAI`).

Endpoints: ``POST /v1/files`` (multipart, ``purpose=batch``), ``GET /v1/files/{id}``, ``GET /v1/files/{id}/content``,
``POST /v1/batches``, ``GET /v1/batches/{id}``. A job is ``validating``/``in_progress`` for the first
``batch_polls`` GETs of it, then runs: each JSONL line's body goes through the server's responder (script, faults
and all, logged like a direct request) and becomes a line of the output file (HTTP 200) or of the error file
(any other status; ``Reply.expired()``: ``batch_expired``, and the job ends ``expired``), in OpenAI's format::

    {"id": "batch_req_…", "custom_id": …, "response": {"status_code": 200, "request_id": …, "body": {…}}, "error": null}
    {"id": "batch_req_…", "custom_id": …, "response": null, "error": {"code": "batch_expired", "message": …}}
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
import threading
import time
from typing import Any, Optional

_FILE = re.compile(r"^/v1/files/([^/]+)(/content)?$")
_BATCH = re.compile(r"^/v1/batches/([^/]+)$")


class FakeBatches:
    def __init__(self, owner: Any, polls: int = 1):
        self.owner = owner
        self.polls = polls  # GETs of a job answered "in progress" before it runs
        self.files: dict[str, dict] = {}
        self.jobs: dict[str, dict] = {}
        self.uploads = 0
        self._lock = threading.Lock()
        self._ids = 0

    def _id(self, prefix: str) -> str:
        with self._lock:
            self._ids += 1
            return f"{prefix}-fake{self._ids:06d}"

    def _file(self, content: bytes, filename: str, purpose: str) -> dict:
        fid = self._id("file")
        obj = {
            "id": fid,
            "object": "file",
            "bytes": len(content),
            "created_at": int(time.time()),
            "filename": filename,
            "purpose": purpose,
            "status": "processed",
        }
        self.files[fid] = {"object": obj, "content": content}
        return obj

    # --- routing -----------------------------------------------------------------------------------
    def handle(self, handler: Any, method: str, raw: bytes) -> bool:
        path = handler.path.split("?", 1)[0].rstrip("/")
        if method == "POST" and path == "/v1/files":
            self._upload(handler, raw)
        elif method == "POST" and path == "/v1/batches":
            self._create(handler, raw)
        elif method == "GET" and (m := _FILE.match(path)):
            f = self.files.get(m.group(1))
            if f is None:
                handler._error(404, f"no such file {m.group(1)}", "invalid_request_error")
            elif m.group(2):
                handler._send(200, f["content"], content_type="application/octet-stream")
            else:
                handler._send(200, json.dumps(f["object"]).encode())
        elif method == "GET" and (m := _BATCH.match(path)):
            self._poll(handler, m.group(1))
        else:
            return False
        return True

    def _upload(self, handler: Any, raw: bytes) -> None:
        ctype = handler.headers.get("Content-Type", "")
        msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            f"Content-Type: {ctype}\r\n\r\n".encode() + raw
        )
        fields: dict[str, Any] = {}
        for part in msg.iter_parts() if msg.is_multipart() else []:
            name = part.get_param("name", header="content-disposition")
            fields[name] = (part.get_filename(), part.get_payload(decode=True))
        if "file" not in fields or fields.get("purpose", (None, b""))[1] != b"batch":
            handler._error(400, "expected multipart fields file and purpose=batch", "invalid_request_error")
            return
        self.uploads += 1
        handler._send(
            200, json.dumps(self._file(fields["file"][1], fields["file"][0] or "upload.jsonl", "batch")).encode()
        )

    def _create(self, handler: Any, raw: bytes) -> None:
        body = json.loads(raw or b"{}")
        if body.get("input_file_id") not in self.files or body.get("endpoint") != "/v1/chat/completions":
            handler._error(400, "unknown input_file_id or endpoint", "invalid_request_error")
            return
        lines = [json.loads(x) for x in self.files[body["input_file_id"]]["content"].splitlines() if x.strip()]
        bid = self._id("batch")
        job = {
            "id": bid,
            "object": "batch",
            "endpoint": body["endpoint"],
            "errors": None,
            "input_file_id": body["input_file_id"],
            "completion_window": body.get("completion_window", "24h"),
            "status": "validating",
            "output_file_id": None,
            "error_file_id": None,
            "created_at": int(time.time()),
            "request_counts": {"total": len(lines), "completed": 0, "failed": 0},
            "metadata": body.get("metadata"),
        }
        self.jobs[bid] = {"object": job, "lines": lines, "polls": 0}
        handler._send(200, json.dumps(job).encode())

    def _poll(self, handler: Any, bid: str) -> None:
        job = self.jobs.get(bid)
        if job is None:
            handler._error(404, f"no such batch {bid}", "invalid_request_error")
            return
        with self._lock:
            job["polls"] += 1
            ready = job["polls"] > self.polls and job["object"]["status"] in ("validating", "in_progress")
            if ready:
                job["object"]["status"] = "finalizing"  # one poll runs it
            elif job["object"]["status"] == "validating":
                job["object"]["status"] = "in_progress"
        if ready:
            self._run(job)
        handler._send(200, json.dumps(job["object"]).encode())

    def _run(self, job: dict) -> None:
        from .fake_openai import reply_response

        owner = self.owner
        out: list[str] = []
        errors: list[str] = []
        expired = False
        for line in job["lines"]:
            body = line.get("body") or {}
            n, log = owner._begin(body)
            reply = owner._reply_for(body, n)
            log.kind, log.tag = f"batch:{reply.kind}", reply.tag
            rid = f"batch_req_{n}"
            if reply.kind == "expired":
                expired = True
                errors.append(
                    json.dumps(
                        {
                            "id": rid,
                            "custom_id": line.get("custom_id"),
                            "response": None,
                            "error": {
                                "code": "batch_expired",
                                "message": "This request could not be executed before the completion window expired.",
                            },
                        }
                    )
                )
                log.status = 0
            else:
                status, payload, _, _ = reply_response(body, n, reply)
                try:
                    parsed: Optional[Any] = json.loads(payload)
                except ValueError:
                    parsed = payload.decode("utf-8", "replace")
                rec = json.dumps(
                    {
                        "id": rid,
                        "custom_id": line.get("custom_id"),
                        "response": {"status_code": status, "request_id": f"req_{n}", "body": parsed},
                        "error": None,
                    },
                    ensure_ascii=False,
                )
                (out if status == 200 else errors).append(rec)
                log.status = status
            owner._finish(log)
        obj = job["object"]
        if out:
            obj["output_file_id"] = self._file(("\n".join(out) + "\n").encode("utf-8"), "output.jsonl", "batch_output")[
                "id"
            ]
        if errors:
            obj["error_file_id"] = self._file(
                ("\n".join(errors) + "\n").encode("utf-8"), "errors.jsonl", "batch_output"
            )["id"]
        obj["request_counts"] = {"total": len(job["lines"]), "completed": len(out), "failed": len(errors)}
        obj["status"] = "expired" if expired else "completed"
