# Lib's importlib package on pyscope: _bootstrap._setup with the _imp
# built-in, machinery and util helpers, _imp's answers, _warnings.
import _imp
import importlib
import importlib.machinery
import importlib.util
import sys

print(_imp.is_builtin("sys"), _imp.is_builtin("_imp"), _imp.is_builtin("os"))
print(_imp.is_frozen("json"), _imp.lock_held(), _imp.check_hash_based_pycs)
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
print(importlib.machinery.BuiltinImporter.find_spec("os"))
spec = importlib.machinery.BuiltinImporter.find_spec("_imp")
print(spec.name, spec.origin, spec.loader is importlib.machinery.BuiltinImporter)
print(sys.modules["sys"].__spec__.name, sys.modules["sys"].__loader__.__name__)
print(importlib.util.resolve_name("..b", "pkg.sub.mod"))
print(importlib.util.MAGIC_NUMBER[2:], importlib.util.source_hash.__name__ if hasattr(importlib.util, "source_hash") else None)
print(importlib.import_module("json").__name__, importlib.import_module(".decoder", "json").__name__)
try:
    importlib.machinery.BuiltinImporter.create_module(spec.__class__("nope", None))
except ImportError as e:
    print(type(e).__name__)
import _warnings
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    _warnings.warn("careful", UserWarning)
    print(len(w), w[0].category.__name__, str(w[0].message))
