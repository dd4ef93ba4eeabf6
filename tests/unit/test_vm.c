/*
 * test_vm.c -- unit tests of the virtual machine: calls without C
 * recursion, frame stack balance, the recursion limit, interrupts and the
 * step budget, traceback text, generators driven from C, and the trace
 * hook's cost-free absence.
 */
#include <stdlib.h>
#include <string.h>

#include "py/py.h"
#include "py/vm.h"
#include "unit.h"

/* Output captured from the interpreter's sinks. */
typedef struct capture {
    char buf[8192];
    size_t n;
} capture;

static void cap_write(void *ud, const char *s, size_t n)
{
    capture *c = ud;
    if (c->n + n >= sizeof c->buf)
        n = sizeof c->buf - 1 - c->n;
    memcpy(c->buf + c->n, s, n);
    c->n += n;
    c->buf[c->n] = '\0';
}

static capture out, err;

static void start(void)
{
    memset(&out, 0, sizeof out);
    memset(&err, 0, sizeof err);
    py_options o = {
        .out = cap_write, .err = cap_write, .out_ud = &out, .err_ud = &err};
    CHECK(pyapi_start(&o) == 0);
}

static pyr_status run(const char *src)
{
    return pyapi_exec(src, strlen(src), "t.py");
}

UNIT_TEST(deep_python_recursion_does_not_use_the_c_stack)
{
    start();
    CHECK(run("import sys\nsys.setrecursionlimit(100000)\n"
              "def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\n"
              "print(d(50000))\n") == PYR_OK);
    CHECK_STR_EQ(out.buf, "50000\n");
    CHECK_INT_EQ(py_rt.depth, 0);
    CHECK(py_rt.frame == NULL);
    pyapi_stop();
}

UNIT_TEST(recursion_limit_raises_recursion_error)
{
    start();
    CHECK(run("def f():\n    f()\nf()\n") == PYR_EXCEPTION);
    CHECK(strstr(err.buf, "[Previous line repeated 996 more times]") != NULL);
    CHECK(
        strstr(err.buf, "RecursionError: maximum recursion depth exceeded\n"));
    CHECK_INT_EQ(py_rt.depth, 0);
    pyapi_stop();
}

UNIT_TEST(traceback_has_carets_for_binary_operations)
{
    start();
    CHECK(run("def add(a, b):\n    return a + b\nadd(1, 'x')\n") ==
          PYR_EXCEPTION);
    CHECK_STR_EQ(err.buf,
                 "Traceback (most recent call last):\n"
                 "  File \"t.py\", line 3, in <module>\n"
                 "    add(1, 'x')\n"
                 "  File \"t.py\", line 2, in add\n"
                 "    return a + b\n"
                 "           ~~^~~\n"
                 "TypeError: unsupported operand type(s) for +: 'int' and "
                 "'str'\n");
    pyapi_stop();
}

UNIT_TEST(step_budget_stops_infinite_loops)
{
    start();
    pyapi_set_step_budget(10000);
    CHECK(run("while True:\n    pass\n") == PYR_EXCEPTION);
    CHECK(strstr(err.buf, "KeyboardInterrupt") != NULL);
    pyapi_set_step_budget(0);
    pyapi_stop();
}

/* Catastrophic backtracking in the regular expression engine ((x+x+)+y
 * over 40 x's: 2^40 paths) runs in C, outside the VM loop: the engine
 * charges the step budget itself and stops with KeyboardInterrupt. */
UNIT_TEST(step_budget_stops_catastrophic_regex)
{
    start();
    pyapi_set_step_budget(200000);
    CHECK(run("import _sre\n"
              "code = [14, 4, 0, 3, 4294967295, 23, 21, 1, 4294967295, 17, 0,"
              " 24, 6, 1, 4294967295, 16, 120, 1, 24, 6, 1, 4294967295, 16,"
              " 120, 1, 17, 1, 18, 16, 121, 1]\n"
              "p = _sre.compile('(x+x+)+y', 32, code, 1, {}, (None, None))\n"
              "p.match('x' * 40)\n") == PYR_EXCEPTION);
    CHECK(strstr(err.buf, "KeyboardInterrupt") != NULL);
    pyapi_set_step_budget(0);
    pyapi_stop();
}

/* Opcode words that jump past the end of the code (a skip of 2^32 - 1
 * once wrapped to 0 and looped forever) are refused at match time. */
UNIT_TEST(invalid_regex_code_raises_runtime_error)
{
    start();
    CHECK(run("import _sre\n"
              "p = _sre.compile('x', 32, [23, 4294967295, 4294967295, 34, 8,"
              " 26, 4, 4294967295, 112, 5], 2, {}, (None,) * 3)\n"
              "for f in (p.match, p.search, p.findall, p.split):\n"
              "    try:\n"
              "        f('abc')\n"
              "    except RuntimeError as e:\n"
              "        print(e)\n") == PYR_OK);
    CHECK_STR_EQ(out.buf, "invalid SRE code\ninvalid SRE code\n"
                          "invalid SRE code\ninvalid SRE code\n");
    pyapi_stop();
}

UNIT_TEST(generators_resume_and_finish)
{
    start();
    CHECK(run("def g():\n    x = yield 1\n    yield x * 2\n"
              "it = g()\nprint(next(it), it.send(21))\n"
              "print(list(it))\n") == PYR_OK);
    CHECK_STR_EQ(out.buf, "1 42\n[]\n");
    pyapi_stop();
}

static int hook_calls;
static int count_hook(int ev, py_frame *f, int line)
{
    (void)ev;
    (void)f;
    (void)line;
    hook_calls++;
    return 0;
}

UNIT_TEST(trace_hook_sees_lines_and_is_optional)
{
    start();
    hook_calls = 0;
    py_trace_hook = count_hook;
    CHECK(run("a = 1\nb = 2\n") == PYR_OK);
    py_trace_hook = NULL;
    CHECK(hook_calls >= 3); /* call, two lines, return */
    int before = hook_calls;
    CHECK(run("c = 3\n") == PYR_OK);
    CHECK_INT_EQ(hook_calls, before);
    pyapi_stop();
}

UNIT_TEST(exception_context_is_chained)
{
    start();
    CHECK(run("try:\n    1/0\nexcept ZeroDivisionError:\n"
              "    raise ValueError('v')\n") == PYR_EXCEPTION);
    CHECK(strstr(err.buf, "During handling of the above exception, another "
                          "exception occurred:") != NULL);
    CHECK(strstr(err.buf, "ValueError: v\n") != NULL);
    CHECK(py_rt.handled_exc == NULL);
    pyapi_stop();
}
