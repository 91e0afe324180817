#!/usr/bin/env python3
"""The module graph of src/: which file names which (through `use crate::…`, `use super::…`, a child
module's path, or a path written inline such as `super::screens::go_next(…)` or `<super::x::View/>`).

Prints one line per edge (`from -> to`, file paths under src/), then every import circle (each
strongly connected component of more than one file). Exits 1 on any circle, or on an import that points
up the layers engine -> model -> document -> ui, so `scripts/test.sh` fails the build on a new one
(ARCHITECTURE.md: layers point one way).

Usage: python3 scripts/import-graph.py [--cycles-only] [SRC_DIR]
"""
import os
import re
import sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
CYCLES_ONLY = "--cycles-only" in sys.argv
SRC = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
SRC = os.path.normpath(SRC)

# Module path (tuple) -> file (relative to SRC); and file -> its module path.
MOD_FILE = {}
FILE_MOD = {}


def strip_comments(text):
    # Strings first (so a "//" inside one is not a comment), then block and line comments.
    text = re.sub(r'"(?:\\.|[^"\\])*"', '""', text)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def register(rel, mod):
    MOD_FILE[mod] = rel
    FILE_MOD[rel] = mod


def walk(rel, mod):
    """Registers `rel` as module `mod`, then its `mod x;` children (following #[path])."""
    register(rel, mod)
    path = os.path.join(SRC, rel)
    with open(path, encoding="utf-8") as f:
        text = strip_comments(f.read())
    base = os.path.dirname(rel)
    own_dir = base if os.path.basename(rel) in ("mod.rs", "lib.rs", "main.rs") else os.path.join(
        base, os.path.splitext(os.path.basename(rel))[0])
    for m in re.finditer(r'(#\[path\s*=\s*"([^"]*)"\]\s*)?(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;', text):
        name = m.group(3)
        # strip_comments blanked string contents, so read #[path] from the raw file.
        if m.group(1):
            with open(path, encoding="utf-8") as f:
                raw = f.read()
            pm = re.search(r'#\[path\s*=\s*"([^"]*)"\]\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+' + name + r"\s*;", raw)
            child = os.path.normpath(os.path.join(base, pm.group(1)))
        else:
            child = os.path.join(own_dir, name + ".rs")
            if not os.path.exists(os.path.join(SRC, child)):
                child = os.path.join(own_dir, name, "mod.rs")
        if os.path.exists(os.path.join(SRC, child)):
            walk(child, mod + (name,))


def expand_use(tree):
    """`a::{b, c::{d, e}}` -> [a::b, a::c::d, a::c::e] (each as a list of segments)."""
    tree = re.sub(r"\s+as\s+\w+", "", tree)
    tree = re.sub(r"\s+", "", tree)
    out = []

    def go(prefix, s):
        # Split s at top-level commas.
        depth, start, parts = 0, 0, []
        for i, ch in enumerate(s):
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            elif ch == "," and depth == 0:
                parts.append(s[start:i])
                start = i + 1
        parts.append(s[start:])
        for p in parts:
            if not p:
                continue
            brace = p.find("{")
            if brace >= 0:
                head = p[:brace].rstrip(":")
                go(prefix + [x for x in head.split("::") if x], p[brace + 1 : p.rfind("}")])
            else:
                out.append(prefix + [x for x in p.split("::") if x])

    go([], tree)
    return out


def inline_blocks(text):
    """[(start, end, name)] of inline `mod name { … }` blocks."""
    blocks = []
    for m in re.finditer(r"\bmod\s+(\w+)\s*\{", text):
        depth, i = 0, m.end() - 1
        while i < len(text):
            if text[i] == "{":
                depth += 1
            elif text[i] == "}":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        blocks.append((m.start(), i, m.group(1)))
    return blocks


def resolve(segs, mod):
    """Absolute module path of the longest module prefix of `segs`, read in module `mod`."""
    if not segs:
        return None
    cur = list(mod)
    first = segs[0]
    if first == "crate":
        cur, rest = [], segs[1:]
    elif first in ("super", "self"):
        rest = list(segs)
        while rest and rest[0] in ("super", "self"):
            if rest[0] == "super":
                cur = cur[:-1]
            rest = rest[1:]
    elif tuple(mod) + (first,) in MOD_FILE:
        rest = segs  # a child module, named without self::
    else:
        return None  # another crate (std, leptos, …) or a name in scope
    absolute = cur + rest
    for n in range(len(absolute), -1, -1):
        if tuple(absolute[:n]) in MOD_FILE:
            return tuple(absolute[:n])
    return None


def edges_of(rel):
    mod = FILE_MOD[rel]
    with open(os.path.join(SRC, rel), encoding="utf-8") as f:
        text = strip_comments(f.read())
    blocks = inline_blocks(text)

    def mod_at(pos):
        m = mod
        for s, e, name in blocks:
            if s <= pos <= e:
                m = m + (name,)
        return m

    found = set()
    uses = list(re.finditer(r"\buse\s+([^;]+);", text))
    for u in uses:
        m = mod_at(u.start())
        for segs in expand_use(u.group(1)):
            segs = [s for s in segs if s != "*"]
            target = resolve(segs, m)
            if target is not None:
                found.add(target)
    body = text
    for u in reversed(uses):
        body = body[: u.start()] + " " * (u.end() - u.start()) + body[u.end() :]
    for m in re.finditer(r"\b(crate|super|self)((?:::\w+)+)", body):
        segs = [m.group(1)] + [s for s in m.group(2).split("::") if s]
        target = resolve(segs, mod_at(m.start()))
        if target is not None:
            found.add(target)
    # A module and the submodules it declares (`mod x;`) are one unit: the parent owns its parts
    # (re-exports, calls into them), the parts use its types; that is containment, not a circle.
    # Only edges between files that do not contain one another count.
    out = set()
    for t in found:
        if not (t[: len(mod)] == mod or mod[: len(t)] == t):
            out.add(MOD_FILE[t])
    return out


def sccs(graph):
    """Tarjan's strongly connected components."""
    index, low, stack, on, comps, counter = {}, {}, [], set(), [], [0]
    sys.setrecursionlimit(10000)

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            comps.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return comps


def main():
    roots = [r for r in ("lib.rs", "main.rs") if os.path.exists(os.path.join(SRC, r))]
    for r in roots:
        walk(r, ())
    # main.rs is its own crate: its `crate::` is itself, and it reaches the library by its name.
    graph = {rel: edges_of(rel) for rel in sorted(FILE_MOD)}
    n_edges = sum(len(v) for v in graph.values())
    if not CYCLES_ONLY:
        for rel in sorted(graph):
            for to in sorted(graph[rel]):
                print(f"src/{rel} -> src/{to}")
    circles = [c for c in sccs(graph) if len(c) > 1]
    print(f"{len(graph)} files, {n_edges} edges, {len(circles)} import circle(s)")
    for c in sorted(circles, key=len, reverse=True):
        print(f"circle of {len(c)} files:")
        for f in c:
            print(f"  src/{f}  -> " + ", ".join(sorted("src/" + t for t in graph[f] if t in c)))
    # Nothing below imports from above.
    rank = {"engine": 0, "model": 1, "document": 2, "ui": 3}
    layer = lambda f: rank.get(f.split("/")[0])
    upward = [(f, t) for f in graph for t in graph[f]
              if layer(f) is not None and layer(t) is not None and layer(t) > layer(f)]
    for f, t in sorted(upward):
        print(f"points up the layers: src/{f} -> src/{t}")
    if circles or upward:
        print("FAILED: an import circle or an upward import (ARCHITECTURE.md: layers point one way)")
        return 1
    return 0

if __name__ == "__main__":
    sys.exit(main())
