/*
 * test_builtins.c -- unit tests of the builtins area: the argument-error
 * helpers, builtins called from C, the iterator types, print's sinks,
 * input() through the host's readline callback, the random generator's
 * CPython-identical stream, sys.getrefcount's counting and the
 * interruptible time.sleep.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>

#include "py/builtins.h"
#include "py/py.h"
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
static int lines_given;

/* input() source: two lines, then end of file. */
static char *two_lines(void *ud, const char *prompt)
{
    (void)ud, (void)prompt;
    static const char *const lines[] = {"first", "second"};
    if (lines_given >= 2)
        return NULL;
    return strdup(lines[lines_given++]);
}

static void start(void)
{
    memset(&out, 0, sizeof out);
    memset(&err, 0, sizeof err);
    lines_given = 0;
    py_options o = {.out = cap_write,
                    .err = cap_write,
                    .out_ud = &out,
                    .err_ud = &err,
                    .readline = two_lines};
    CHECK(pyapi_start(&o) == 0);
}

static pyr_status run(const char *src)
{
    return pyapi_exec(src, strlen(src), "t.py");
}

/* The message of the pending exception (cleared); static buffer. */
static const char *pending_message(void)
{
    static char msg[256];
    py_obj *e = py_err_fetch();
    py_obj *s = e ? py_str(e) : NULL;
    snprintf(msg, sizeof msg, "%s", s ? PY_STR_DATA(s) : "(none)");
    PY_XDECREF(s);
    PY_XDECREF(e);
    return msg;
}

/* Call builtins.name with the given arguments (BORROWED).  NEW. */
static py_obj *call_builtin(const char *name, py_obj *const *args, size_t n)
{
    py_obj *f = py_dict_get_str(py_rt.builtins, name);
    CHECK(f != NULL);
    return f ? py_call(f, args, n, NULL) : NULL;
}

UNIT_TEST(argument_helpers_give_cpython_messages)
{
    start();
    CHECK(py_bi_expect("iter", 0, NULL, 1, 2) == -1);
    CHECK_STR_EQ(pending_message(), "iter expected at least 1 argument, got 0");
    CHECK(py_bi_expect("next", 3, NULL, 1, 2) == -1);
    CHECK_STR_EQ(pending_message(), "next expected at most 2 arguments, got 3");
    CHECK(py_bi_expect("isinstance", 1, NULL, 2, 2) == -1);
    CHECK_STR_EQ(pending_message(), "isinstance expected 2 arguments, got 1");
    CHECK(py_bi_expect("math.comb", 1, NULL, 2, 2) == -1);
    CHECK_STR_EQ(pending_message(), "comb expected 2 arguments, got 1");
    CHECK(py_bi_exact("len", 2, NULL, 1) == -1);
    CHECK_STR_EQ(pending_message(),
                 "len() takes exactly one argument (2 given)");
    CHECK(py_bi_exact("globals", 1, NULL, 0) == -1);
    CHECK_STR_EQ(pending_message(), "globals() takes no arguments (1 given)");
    CHECK(py_bi_exact("len", 1, NULL, 1) == 0);
    pyapi_stop();
}

UNIT_TEST(builtins_callable_from_c)
{
    start();
    py_obj *l = py_list_new(0);
    py_obj *three = py_int_from_i64(3), *one = py_int_from_i64(1);
    CHECK(py_list_append(l, three) == 0 && py_list_append(l, one) == 0);
    py_obj *n = call_builtin("len", &l, 1);
    CHECK(n && PY_INT_VAL(n) == 2);
    py_obj *m = call_builtin("max", &l, 1);
    CHECK(m == three);
    py_obj *s = call_builtin("sorted", &l, 1);
    CHECK(s && PY_LIST_SIZE(s) == 2 && PY_LIST_ITEMS(s)[0] == one);
    py_obj *sum = call_builtin("sum", &l, 1);
    CHECK(sum && PY_INT_VAL(sum) == 4);
    PY_XDECREF(n), PY_XDECREF(m), PY_XDECREF(s), PY_XDECREF(sum);
    PY_DECREF(l), PY_DECREF(three), PY_DECREF(one);
    CHECK(call_builtin("len", NULL, 0) == NULL);
    CHECK_STR_EQ(pending_message(),
                 "len() takes exactly one argument (0 given)");
    pyapi_stop();
}

UNIT_TEST(sequence_iterator_walks_getitem)
{
    start();
    py_obj *t = py_tuple_pack(2, py_None, py_True);
    py_obj *it = py_seqiter_new(t);
    CHECK(it && PY_TYPE(it) == &py_seqiter_type);
    py_obj *a = py_iter_next(it), *b = py_iter_next(it), *c = py_iter_next(it);
    CHECK(a == py_None && b == py_True && c == NULL && !py_err_occurred());
    PY_XDECREF(a), PY_XDECREF(b);
    PY_DECREF(it);
    CHECK_INT_EQ(PY_RC(t), 1); /* the spent iterator let go of it */
    PY_DECREF(t);
    pyapi_stop();
}

UNIT_TEST(print_and_input_use_the_host_sinks)
{
    start();
    CHECK(run("print('a', 1, sep='-', end='!\\n')\n"
              "import sys\nprint('e', file=sys.stderr)\n"
              "x = input('? ')\ny = input()\nprint(x, y)\n"
              "try:\n    input()\nexcept EOFError as e:\n    print(e)\n") ==
          PYR_OK);
    CHECK_STR_EQ(out.buf, "a-1!\n? first second\nEOF when reading a line\n");
    CHECK_STR_EQ(err.buf, "e\n");
    pyapi_stop();
}

UNIT_TEST(random_matches_cpython_stream)
{
    start();
    CHECK(run("import random\nrandom.seed(42)\n"
              "print(random.random(), random.randint(1, 10), "
              "random.choice('abcd'))\n"
              "random.seed('hello')\nprint(random.random())\n") == PYR_OK);
    CHECK_STR_EQ(out.buf, "0.6394267984578837 1 c\n0.3537754404730722\n");
    pyapi_stop();
}

UNIT_TEST(getrefcount_counts_the_argument)
{
    start();
    CHECK(run("import sys\na = object()\nprint(sys.getrefcount(a))\n"
              "b = a\nprint(sys.getrefcount(a))\n") == PYR_OK);
    CHECK_STR_EQ(out.buf, "2\n3\n");
    pyapi_stop();
}

static void on_alarm(int sig)
{
    (void)sig;
    pyapi_interrupt();
}

UNIT_TEST(sleep_is_interruptible)
{
    start();
    signal(SIGALRM, on_alarm);
    struct itimerval tv = {.it_value = {.tv_usec = 100000}};
    setitimer(ITIMER_REAL, &tv, NULL);
    time_t t0 = time(NULL);
    CHECK(run("import time\ntime.sleep(30)\n") == PYR_EXCEPTION);
    CHECK(time(NULL) - t0 < 5);
    CHECK(strstr(err.buf, "KeyboardInterrupt") != NULL);
    signal(SIGALRM, SIG_DFL);
    pyapi_stop();
}
