# constraint solver: many small classes (variables, constraints, a plan),
# a list subclass, propagation of values through equality/offset/scale
# constraints until a fixpoint, in the manner of a one-way dataflow solver.


class Strength:
    def __init__(self, level, name):
        self.level = level
        self.name = name

    def stronger(self, other):
        return self.level < other.level

    def weaker(self, other):
        return self.level > other.level


REQUIRED = Strength(0, "required")
STRONG = Strength(1, "strong")
NORMAL = Strength(2, "normal")
WEAK = Strength(3, "weak")


class Variable:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk = 0
        self.stay = True

    def add(self, c):
        self.constraints.append(c)


class Constraint:
    def __init__(self, strength):
        self.strength = strength
        self.satisfied = False

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, var, strength):
        Constraint.__init__(self, strength)
        self.output = var
        var.add(self)

    def inputs_known(self, mark):
        return True

    def execute(self):
        pass

    def outputs(self):
        return (self.output,)


class StayConstraint(UnaryConstraint):
    pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True


class BinaryConstraint(Constraint):
    def __init__(self, src, dst, strength):
        Constraint.__init__(self, strength)
        self.src = src
        self.dst = dst
        src.add(self)
        dst.add(self)

    def inputs_known(self, mark):
        s = self.src
        return s.walk == mark or s.stay or s.determined_by is None

    def outputs(self):
        return (self.dst,)


class Equality(BinaryConstraint):
    def execute(self):
        self.dst.value = self.src.value


class Scale(BinaryConstraint):
    def __init__(self, src, dst, scale, offset, strength):
        BinaryConstraint.__init__(self, src, dst, strength)
        self.scale = scale
        self.offset = offset

    def execute(self):
        self.dst.value = self.src.value * self.scale.value + self.offset.value


class Plan(list):
    def run(self):
        for c in self:
            c.execute()

    def total(self):
        return sum(c.dst.value for c in self if isinstance(c, BinaryConstraint))


class Planner:
    def __init__(self):
        self.mark = 0

    def new_mark(self):
        self.mark += 1
        return self.mark

    def plan_from(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        while todo:
            c = todo.pop()
            out = c.outputs()[0]
            if out.walk != mark and c.inputs_known(mark):
                out.walk = mark
                out.determined_by = c
                out.stay = False
                c.satisfied = True
                plan.append(c)
                for nxt in out.constraints:
                    if nxt is not c and not nxt.is_input():
                        todo.append(nxt)
        return plan


def chain(n, planner):
    vs = [Variable("v%d" % i, 0) for i in range(n + 1)]
    for a, b in zip(vs, vs[1:]):
        Equality(a, b, REQUIRED)
    StayConstraint(vs[-1], WEAK)
    edit = EditConstraint(vs[0], STRONG)
    plan = planner.plan_from([edit])
    total = 0
    for v in range(50):
        vs[0].value = v
        plan.run()
        total += vs[-1].value
    return total, len(plan)


def projection(n, planner):
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    srcs, dsts = [], []
    for i in range(n):
        s = Variable("src%d" % i, i)
        d = Variable("dst%d" % i, i)
        srcs.append(s)
        dsts.append(d)
        StayConstraint(s, NORMAL)
        Scale(s, d, scale, offset, REQUIRED)
    edits = [EditConstraint(s, STRONG) for s in srcs]
    plan = planner.plan_from(edits)
    acc = 0
    for k in range(20):
        scale.value = k + 1
        plan.run()
        acc += plan.total() % 100003
    return acc, len(plan)


planner = Planner()
result = []
for _ in range(10):
    result.append(chain(1500, planner))
    result.append(projection(1500, planner))
print(result[-2], result[-1], sum(r[0] for r in result) % 1000000007)
