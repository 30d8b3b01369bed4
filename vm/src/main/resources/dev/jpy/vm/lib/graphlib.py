# graphlib for jpy: TopologicalSorter (add, prepare, get_ready, done, is_active, static_order) and CycleError, with
# CPython 3.13's order of results (ready nodes in insertion order, successors in the order they were added), its
# cycle report (the first cycle a depth-first walk in insertion order meets) and its messages.
from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

_PASSED_OUT = -1
_DONE = -2


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] lists its nodes, the first repeated at the end."""


class _Node:
    __slots__ = ("node", "waiting", "successors")

    def __init__(self, node):
        self.node = node
        self.waiting = 0          # predecessors not done yet, or _PASSED_OUT / _DONE
        self.successors = []


class TopologicalSorter:
    """Orders the nodes of a graph so that every node comes after its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None        # None until prepare()
        self._passed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._info(node).waiting += len(predecessors)
        for p in predecessors:
            self._info(p).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [info.node for info in self._nodes.values() if info.waiting == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        self._check_prepared()
        out = tuple(self._ready)
        for node in out:
            self._nodes[node].waiting = _PASSED_OUT
        self._ready.clear()
        self._passed_out += len(out)
        return out

    def is_active(self):
        self._check_prepared()
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        self._check_prepared()
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.waiting != _PASSED_OUT:
                if info.waiting >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.waiting = _DONE
            for succ in info.successors:
                s = self._nodes[succ]
                s.waiting -= 1
                if s.waiting == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _find_cycle(self):
        seen = set()
        for start in self._nodes:
            if start in seen:
                continue
            path, nexts, where = [], [], {}
            node = start
            while True:
                if node not in seen:
                    seen.add(node)
                    nexts.append(iter(self._nodes[node].successors).__next__)
                    where[node] = len(path)
                    path.append(node)
                elif node in where:
                    return path[where[node]:] + [node]
                while path:
                    try:
                        node = nexts[-1]()
                        break
                    except StopIteration:
                        del where[path.pop()]
                        nexts.pop()
                else:
                    break
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)
