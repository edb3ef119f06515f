"""Versioned prompt templates for the LLM engine (shipped in the wheel as ``summarizer.prompts``)."""
