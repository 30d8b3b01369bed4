# jpy's AOT training program (JDK 25+, see the jpy launcher): a small fixed generic workload, not a benchmark.
# A broader one (classes, closures, generators, big ints, str methods, a module from source and from .pyc) was
# measured worse overall: its method profiles made big-int and str code slower, though method dispatch was faster.
# The launcher no longer replays the cache's profiles (-AOTReplayTraining), so a broader training would now only add
# classes loaded at every start; that was not measured again.
def f(n):
    t = 0
    for i in range(n): t += len(str(i)) % 3
    return t
class C:
    def __init__(self): self.x = [1, 2.5, "s", (3,), {4: 5}]
print(f(3000), C().x, "%s" % 1, " ".join(["a", "b"]))
import sys
import aot_mod  # from source (writes its .pyc under the training run's PYTHONPYCACHEPREFIX)
del sys.modules["aot_mod"]
import aot_mod  # from that .pyc
print(aot_mod.g(range(10)))
