/*
 * test_obsrefs.c -- "why is this object alive" (obs.h, references):
 * for a dozen small programs the referrer lines of an object add up to
 * its refcount, equal what the program itself measured with
 * sys.getrefcount(x) - 1, and name the holders the program knows about;
 * the labels of what an object refers to; the shortest path from a root.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/obs.h"
#include "py/py.h"
#include "unit.h"

static void sink(void *ud, const char *s, size_t n)
{
    (void)ud;
    (void)s;
    (void)n;
}

static py_options quiet = {.out = sink, .err = sink};

static long eval_int(const char *expr)
{
    py_value v;
    if (pyapi_eval(expr, &v, NULL) != 0)
        return -1;
    long i = (long)v.i;
    pyapi_value_free(&v);
    return i;
}

/* Does some line of r say exactly `text`? */
static bool has_line(const obs_referrers *r, const char *text)
{
    for (size_t i = 0; i < r->n; i++)
        if (strcmp(r->lines[i].label, text) == 0)
            return true;
    return false;
}

static void dump(const obs_referrers *r)
{
    fprintf(stderr, "  refcount %zd, runtime %zd:\n", r->refcount, r->runtime);
    for (size_t i = 0; i < r->n; i++)
        fprintf(stderr, "    %s\n", r->lines[i].label);
}

typedef struct refs_case {
    const char *name;
    const char *src; /* defines x, and rc = sys.getrefcount(x) - 1 */
    const char *expect[4];
} refs_case;

static const refs_case cases[] = {
    {"shared list",
     "a = [1, 2]\nb = a\nc = [a, a]\nx = a\n",
     {"a (global in __main__)", "b (global in __main__)", "c[0]", "c[1]"}},
    {"nested containers",
     "d = {'k': [1, 2], 'j': ([3],)}\nx = d['j'][0]\n",
     {"x (global in __main__)", "d['j'][0]"}},
    {"dict value and key",
     "class K:\n    pass\nx = K()\nd = {x: 1, 'v': x}\n",
     {"key <K object> of d", "d['v']"}},
    {"closure cell",
     "def outer():\n    v = [1]\n    def inner():\n        return v\n"
     "    return inner\nf = outer()\nx = f.__closure__[0].cell_contents\n",
     {"f.__closure__[0].cell_contents", "x (global in __main__)"}},
    {"bound method",
     "class C:\n    def m(self):\n        pass\nx = C()\nbm = x.m\n",
     {"bm.__self__", "x (global in __main__)"}},
    {"default argument",
     "x = []\ndef f(a=x):\n    pass\n",
     {"f.__defaults__[0]"}},
    {"instance cycle",
     "class Node:\n    pass\na = Node()\nb = Node()\na.next = b\n"
     "b.next = a\nxs = [a, b, [1, 2]]\nx = a\n",
     {"a (global in __main__)", "b.next", "xs[0]"}},
    {"self reference", "x = []\nx.append(x)\n", {"x[0]"}},
    {"generator frame",
     "def g(items):\n    for it in items:\n        yield it\n"
     "x = [1, 2]\ngen = g(x)\nnext(gen)\n",
     {"items (local in suspended generator g)"}},
    {"class attribute",
     "class K:\n    shared = []\nx = K.shared\n",
     {"K.__dict__['shared']"}},
    {"traceback holds a frame",
     "def f(v):\n    1 / 0\nx = [1]\ntry:\n    f(x)\nexcept ZeroDivisionError "
     "as e:\n    err = e\n",
     {"x (global in __main__)"}},
    {"instance dict materialised",
     "class P:\n    pass\np = P()\nx = [0]\np.v = x\nd = p.__dict__\n",
     {"d['v']"}},
};

UNIT_TEST(referrer_lines_add_up_to_the_refcount)
{
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const refs_case *c = &cases[i];
        CHECK(pyapi_start(&quiet) == 0);
        char src[1024];
        snprintf(src, sizeof src, "import sys\n%src = sys.getrefcount(x) - 1\n",
                 c->src);
        CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
        uintptr_t id = (uintptr_t)eval_int("id(x)");
        long rc = eval_int("rc");
        obs_referrers r;
        CHECK(obs_referred_by(id, &r) == 0);
        bool ok = r.refcount == rc && r.runtime == 0;
        for (int k = 0; k < 4 && c->expect[k]; k++)
            ok = ok && has_line(&r, c->expect[k]);
        if (!ok) {
            fprintf(stderr, "case %s: program counted %ld\n", c->name, rc);
            dump(&r);
        }
        CHECK(ok);
        obs_referrers_free(&r);
        pyapi_stop();
    }
}

/* Does some edge of e[0..n) have this label and point at id? */
static bool has_edge(const obs_edge *e, size_t n, const char *label,
                     uintptr_t id)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(e[i].label, label) == 0 && (!id || e[i].id == id))
            return true;
    return false;
}

UNIT_TEST(refers_to_labels_each_reference)
{
    CHECK(pyapi_start(&quiet) == 0);
    const char *src = "class Node:\n    pass\na = Node()\nb = Node()\n"
                      "a.next = b\nd = {'k': b}\nl = [b, d]\n"
                      "def f(p=l):\n    return a\n";
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
    uintptr_t ida = (uintptr_t)eval_int("id(a)");
    uintptr_t idb = (uintptr_t)eval_int("id(b)");
    uintptr_t idd = (uintptr_t)eval_int("id(d)");
    uintptr_t idf = (uintptr_t)eval_int("id(f)");
    uintptr_t idl = (uintptr_t)eval_int("id(l)");
    uintptr_t idnode = (uintptr_t)eval_int("id(Node)");
    uintptr_t iddef = (uintptr_t)eval_int("id(f.__defaults__)");
    obs_edge *e;
    size_t n;
    CHECK(obs_refers_to(ida, &e, &n) == 0);
    CHECK(has_edge(e, n, ".next", idb));
    CHECK(has_edge(e, n, ".__class__", idnode));
    free(e);
    CHECK(obs_refers_to(idd, &e, &n) == 0);
    CHECK(has_edge(e, n, "['k']", idb));
    CHECK(has_edge(e, n, "key 'k'", 0));
    free(e);
    CHECK(obs_refers_to(idl, &e, &n) == 0);
    CHECK_INT_EQ((long)n, 2);
    CHECK(has_edge(e, n, "[0]", idb) && has_edge(e, n, "[1]", idd));
    free(e);
    CHECK(obs_refers_to(idf, &e, &n) == 0);
    CHECK(has_edge(e, n, ".__defaults__", iddef));
    CHECK(has_edge(e, n, ".__code__", 0));
    free(e);
    CHECK(obs_refers_to(1, &e, &n) == -1); /* no object there */
    pyapi_stop();
}

static void why_text(const char *expr, char *buf, size_t n, int *kind)
{
    obs_path p;
    buf[0] = '\0';
    *kind = -1;
    if (obs_why_alive((uintptr_t)eval_int(expr), &p) != 0)
        return;
    obs_path_text(&p, buf, n);
    *kind = p.kind;
    obs_path_free(&p);
}

UNIT_TEST(why_alive_gives_the_shortest_path_or_the_reason)
{
    CHECK(pyapi_start(&quiet) == 0);
    const char *src =
        "import gc\ngc.disable()\nclass Node:\n    pass\n"
        "xs = [[1, [2]], 3]\nd = {'k': xs[0]}\n"
        "a = Node()\nb = Node()\na.next = b\nb.next = a\n"
        "c1 = Node()\nc2 = Node()\nc1.o = c2\nc2.o = c1\nc2.leaf = [9]\n"
        "ids = id(c1), id(c2.leaf)\ndel c1, c2\n";
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
    char buf[256];
    int kind;
    why_text("id(xs[0][1])", buf, sizeof buf, &kind);
    CHECK_INT_EQ(kind, OBS_ALIVE_ROOTED);
    CHECK_STR_EQ(buf, "xs[0][1]  (xs: global in __main__)");
    why_text("id(a.next)", buf, sizeof buf, &kind);
    CHECK_STR_EQ(buf, "b  (b: global in __main__)");
    why_text("ids[0]", buf, sizeof buf, &kind);
    CHECK_INT_EQ(kind, OBS_ALIVE_CYCLE);
    CHECK(strstr(buf, "reachable only from itself") != NULL);
    CHECK(strstr(buf, "gen-0 collection") != NULL);
    why_text("ids[1]", buf, sizeof buf, &kind);
    CHECK_INT_EQ(kind, OBS_ALIVE_GARBAGE);
    why_text("id(250)", buf, sizeof buf, &kind);
    CHECK_INT_EQ(kind, OBS_ALIVE_RUNTIME);
    obs_path p;
    CHECK(obs_why_alive(1, &p) == -1);
    pyapi_stop();
}

typedef struct frame_probe {
    bool done;
    bool ok;
} frame_probe;

static int probe_frames(void *ud, obs_event ev, int line, int depth)
{
    frame_probe *fp = ud;
    if (ev != OBS_LINE || line != 4 || depth < 2 || fp->done)
        return OBS_CONTINUE;
    fp->done = true;
    obs_frames fr;
    if (obs_frames_get(&fr) != 0)
        return OBS_CONTINUE;
    uintptr_t idx = 0, idit = 0;
    for (size_t i = 0; i < fr.nglobals; i++)
        if (strcmp(fr.globals[i].name, "x") == 0)
            idx = fr.globals[i].id;
    const obs_frame *mod = &fr.frames[0];
    if (mod->nstack > 0)
        idit = mod->stack[mod->nstack - 1]; /* the for loop's iterator */
    obs_frames_free(&fr);
    obs_referrers r;
    if (!idx || obs_referred_by(idx, &r) != 0)
        return OBS_CONTINUE;
    fp->ok = r.runtime == 0 && has_line(&r, "x (global in __main__)") &&
             has_line(&r, "v (local in f)") && has_line(&r, "w (local in f)");
    if (!fp->ok)
        dump(&r);
    obs_referrers_free(&r);
    if (idit && obs_referred_by(idit, &r) == 0) {
        fp->ok = fp->ok && r.runtime == 0 &&
                 has_line(&r, "value stack of running frame <module>");
        if (!fp->ok)
            dump(&r);
        obs_referrers_free(&r);
    }
    return OBS_CONTINUE;
}

UNIT_TEST(running_frames_explain_locals_and_the_value_stack)
{
    CHECK(pyapi_start(&quiet) == 0);
    frame_probe fp = {0};
    obs_set_trace(probe_frames, &fp);
    const char *src = "def f(v):\n    w = v\n    n = len(w)\n    return n\n"
                      "x = [1]\nfor i in (1, 2):\n    f(x)\n";
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
    obs_set_trace(NULL, NULL);
    CHECK(fp.done);
    CHECK(fp.ok);
    pyapi_stop();
}

static size_t count_dicts(void)
{
    obs_heap h;
    size_t n = 0;
    if (obs_heap_get(&h) != 0)
        return 0;
    for (size_t i = 0; i < h.n; i++)
        n += strcmp(h.objs[i].type, "dict") == 0;
    obs_heap_free(&h);
    return n;
}

/* An instance's attributes are inline values (no dict row, as CPython
 * 3.11 makes no dict) until the program asks for __dict__. */
UNIT_TEST(inline_values_are_not_a_dict_until_materialised)
{
    CHECK(pyapi_start(&quiet) == 0);
    const char *src = "class P:\n    pass\np = P()\np.x = [1]\n";
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
    size_t before = count_dicts();
    const char *more = "d = p.__dict__\n";
    CHECK(pyapi_exec(more, strlen(more), "t.py") == PYR_OK);
    CHECK_INT_EQ((long)count_dicts(), (long)before + 1);
    obs_object o;
    CHECK(obs_object_get((uintptr_t)eval_int("id(d)"), &o));
    obs_referrers r;
    CHECK(obs_referred_by((uintptr_t)eval_int("id(p.x)"), &r) == 0);
    CHECK(has_line(&r, "d['x']") && r.runtime == 0);
    obs_referrers_free(&r);
    pyapi_stop();
}

/* Inline values: the attribute's value is named by the instance
 * (".field"), and the attribute name is held once by the class's shared
 * keys, however many instances have it. */
UNIT_TEST(inline_values_name_their_holders)
{
    CHECK(pyapi_start(&quiet) == 0);
    const char *src =
        "import sys\nclass Q:\n    pass\nx = sys.intern(''.join(['fi', "
        "'eld']))\n"
        "qs = [Q() for _ in range(3)]\nfor q in qs:\n    setattr(q, x, [7])\n"
        "v = qs[1].field\n"
        "rcv = sys.getrefcount(v) - 1\n";
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
    uintptr_t id = (uintptr_t)eval_int("id(x)");
    obs_referrers r;
    CHECK(obs_referred_by(id, &r) == 0);
    bool ok = has_line(&r, "attribute name 'field' shared by the instances "
                           "of Q") &&
              has_line(&r, "x (global in __main__)");
    if (!ok)
        dump(&r);
    CHECK(ok);
    obs_referrers_free(&r);
    id = (uintptr_t)eval_int("id(v)");
    CHECK(obs_referred_by(id, &r) == 0);
    ok = r.refcount == eval_int("rcv") && r.runtime == 0 &&
         has_line(&r, "qs[1].field") && has_line(&r, "v (global in __main__)");
    if (!ok)
        dump(&r);
    CHECK(ok);
    obs_referrers_free(&r);
    pyapi_stop();
}
