/*
 * fake_py.c -- a stand-in for src/py's public API (py.h), for testing the
 * lesson engine before the real interpreter links.
 *
 * NOT part of any build target (CMake globs only test_*.c); compile it in
 * by hand instead of libpyscope_py.a, e.g.
 *   gcc -Isrc/lesson -Isrc/py -Itests/unit src/lesson/*.c tests/unit/unit.c \
 *       tests/unit/fake_py.c tests/unit/test_lesson.c -llua5.4 -ledit -lm
 * It runs a CPython 3 child process over
 * pipes with a tiny length-prefixed protocol: exec, eval (values
 * serialised into py_value trees), output chunks, input() requests.  A
 * 2-second alarm stands in for the step budget.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "py.h"

static const char driver[] =
    "import sys, builtins, traceback, signal\n"
    "inp = sys.stdin.buffer; outp = sys.__stdout__.buffer\n"
    "def send(tag, data):\n"
    "    outp.write(tag + str(len(data)).encode() + b'\\n' + data); "
    "outp.flush()\n"
    "def readmsg():\n"
    "    hdr = inp.readline()\n"
    "    if not hdr: sys.exit(0)\n"
    "    n = int(hdr[1:]); return hdr[:1], inp.read(n)\n"
    "class W:\n"
    "    def __init__(s, tag): s.tag = tag\n"
    "    def write(s, x): send(s.tag, x.encode()); return len(x)\n"
    "    def flush(s): pass\n"
    "def myinput(prompt=''):\n"
    "    sys.stdout.write(str(prompt)); send(b'Q', b'')\n"
    "    tag, data = readmsg()\n"
    "    if tag == b'N': raise EOFError('EOF when reading a line')\n"
    "    return data.decode()\n"
    "builtins.input = myinput\n"
    "def alarm(*a): raise KeyboardInterrupt\n"
    "signal.signal(signal.SIGALRM, alarm)\n"
    "def s(x): return str(len(x.encode())) + ':' + x\n"
    "def ser(v, d=0):\n"
    "    t = s(type(v).__name__)\n"
    "    if v is None: return 'N' + t\n"
    "    if isinstance(v, bool): return 'B' + t + ('1' if v else '0')\n"
    "    if isinstance(v, int):\n"
    "        return ('I' if -2**63 <= v < 2**63 else 'G') + t + s(str(v))\n"
    "    if isinstance(v, float): return 'F' + t + s(repr(v))\n"
    "    if isinstance(v, str): return 'S' + t + s(v)\n"
    "    if isinstance(v, (list, tuple, set, frozenset)) and d < 50:\n"
    "        k = 'L' if isinstance(v, list) else 'T' if isinstance(v, tuple) "
    "else 'E'\n"
    "        return k + t + str(len(v)) + ':' + ''.join(ser(x, d+1) for x in "
    "v)\n"
    "    if isinstance(v, dict) and d < 50:\n"
    "        return 'D' + t + str(len(v)) + ':' + ''.join(ser(a, d+1) + ser(b, "
    "d+1) for a, b in v.items())\n"
    "    return 'O' + t + s(repr(v))\n"
    "ns = {'__name__': '__main__', '__builtins__': builtins}\n"
    "while True:\n"
    "    tag, data = readmsg()\n"
    "    sys.stdout, sys.stderr = W(b'O'), W(b'W')\n"
    "    signal.alarm(2)\n"
    "    try:\n"
    "        if tag == b'X':\n"
    "            st = 0\n"
    "            try: exec(compile(data.decode(), 'main.py', 'exec'), ns)\n"
    "            except SystemExit: st = 3\n"
    "            except SyntaxError: traceback.print_exc(limit=0); st = 2\n"
    "            except BaseException: traceback.print_exc(); st = 1\n"
    "            send(b'D', str(st).encode())\n"
    "        else:\n"
    "            try: send(b'V', ser(eval(data.decode(), ns)).encode())\n"
    "            except BaseException as e: send(b'F', (type(e).__name__ + ': "
    "' + str(e)).encode())\n"
    "    finally:\n"
    "        signal.alarm(0); sys.stdout, sys.stderr = sys.__stdout__, "
    "sys.__stderr__\n";

static pid_t child;
static FILE *to, *from;
static py_options opts;

int pyapi_start(const py_options *opt)
{
    int in[2], out[2];
    if (pipe(in) || pipe(out))
        return -1;
    opts = *opt;
    child = fork();
    if (child == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        close(in[1]);
        close(out[0]);
        execlp("python3", "python3", "-c", driver, (char *)NULL);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    to = fdopen(in[1], "w");
    from = fdopen(out[0], "r");
    return 0;
}

void pyapi_stop(void)
{
    fclose(to);
    fclose(from);
    waitpid(child, NULL, 0);
}

static void send(char tag, const char *data, size_t n)
{
    fprintf(to, "%c%zu\n", tag, n);
    fwrite(data, 1, n, to);
    fflush(to);
}

/* Read one message: tag and malloc'd payload. */
static char recv_msg(char **data, size_t *n)
{
    char tag;
    if (fscanf(from, "%c%zu", &tag, n) != 2)
        return 0;
    fgetc(from);
    *data = malloc(*n + 1);
    if (fread(*data, 1, *n, from) != *n)
        return 0;
    (*data)[*n] = 0;
    return tag;
}

static void route(char tag, const char *d, size_t n)
{
    if (tag == 'O')
        opts.out ? opts.out(opts.out_ud, d, n) : (void)fwrite(d, 1, n, stdout);
    else if (tag == 'W')
        opts.err ? opts.err(opts.err_ud, d, n) : (void)fwrite(d, 1, n, stderr);
    else if (tag == 'Q') {
        char *line = opts.readline ? opts.readline(opts.readline_ud, "") : NULL;
        if (line)
            send('I', line, strlen(line));
        else
            send('N', "", 0);
        free(line);
    }
}

/* Send a request and route messages until one of `ends` arrives. */
static char request(char tag, const char *src, size_t len, const char *ends,
                    char **data)
{
    send(tag, src, len);
    for (;;) {
        size_t n;
        char t = recv_msg(data, &n);
        if (!t || strchr(ends, t))
            return t;
        route(t, *data, n);
        free(*data);
    }
}

pyr_status pyapi_exec(const char *src, size_t len, const char *filename)
{
    (void)filename;
    char *d = NULL;
    char t = request('X', src, len, "D", &d);
    int st = t ? atoi(d) : 1;
    free(d);
    return (pyr_status)st;
}

pyr_status pyapi_exec_single(const char *src, size_t len)
{
    return pyapi_exec(src, len, "<stdin>");
}
bool pyapi_is_incomplete(const char *src, size_t len)
{
    (void)src;
    (void)len;
    return false;
}
int pyapi_exit_status(void)
{
    return 1;
}
void pyapi_interrupt(void) {}
void pyapi_set_step_budget(uint64_t steps)
{
    (void)steps;
}

/* ---------------------------------------------------------- values */

static char *take(const char **p)
{
    size_t n = strtoul(*p, (char **)p, 10);
    (*p)++;
    char *s = strndup(*p, n);
    *p += n;
    return s;
}

static void parse(const char **p, py_value *v)
{
    memset(v, 0, sizeof *v);
    char k = *(*p)++;
    v->type = take(p);
    switch (k) {
    case 'N':
        v->kind = PYV_NONE;
        break;
    case 'B':
        v->kind = PYV_BOOL;
        v->b = *(*p)++ == '1';
        break;
    case 'I':
        v->kind = PYV_INT;
        v->s = take(p);
        v->i = strtoll(v->s, NULL, 10);
        free(v->s);
        v->s = NULL;
        break;
    case 'G':
        v->kind = PYV_BIGINT;
        v->s = take(p);
        break;
    case 'F':
        v->kind = PYV_FLOAT;
        v->s = take(p);
        v->f = strtod(v->s, NULL);
        free(v->s);
        v->s = NULL;
        break;
    case 'S':
        v->kind = PYV_STR;
        v->s = take(p);
        break;
    case 'O':
        v->kind = PYV_OTHER;
        v->s = take(p);
        break;
    default: {
        v->kind = k == 'L'   ? PYV_LIST
                  : k == 'T' ? PYV_TUPLE
                  : k == 'E' ? PYV_SET
                             : PYV_DICT;
        v->n = strtoul(*p, (char **)p, 10);
        (*p)++;
        size_t m = v->kind == PYV_DICT ? 2 * v->n : v->n;
        v->items = calloc(m ? m : 1, sizeof *v->items);
        for (size_t i = 0; i < m; i++)
            parse(p, &v->items[i]);
    }
    }
}

int pyapi_eval(const char *expr, py_value *out, char **err)
{
    char *d = NULL;
    char t = request('E', expr, strlen(expr), "VF", &d);
    if (t != 'V') {
        *err = d ? d : strdup("fake: no answer");
        return -1;
    }
    const char *p = d;
    parse(&p, out);
    free(d);
    return 0;
}

void pyapi_value_free(py_value *v)
{
    size_t m = v->kind == PYV_DICT ? 2 * v->n : v->n;
    for (size_t i = 0; i < m; i++)
        pyapi_value_free(&v->items[i]);
    free(v->items);
    free(v->s);
    free(v->type);
    memset(v, 0, sizeof *v);
}

char *pyapi_eval_repr(const char *expr, char **err)
{
    py_value v;
    char *e = NULL;
    char *src = NULL;
    if (asprintf(&src, "repr(%s)", expr) < 0)
        return NULL;
    int r = pyapi_eval(src, &v, &e);
    free(src);
    if (r) {
        *err = e;
        return NULL;
    }
    char *s = v.s;
    v.s = NULL;
    pyapi_value_free(&v);
    return s;
}
