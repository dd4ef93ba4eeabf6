/*
 * test_lesson_course.c -- the shape rules of courses/python, so that a
 * lesson edited later cannot quietly drop below them:
 *   - days 0..11, each present once, in order;
 *   - days 1..11: at least 6 steps, 1 predict, 2 quizzes or reflects and
 *     2 exercises, every exercise with a check, a solution, a starter and
 *     at least one hint;
 *   - every interview question of the seed material is a reflect with a
 *     model answer, on the day that teaches its topic.
 * (That the solutions pass and the starters fail is `pyscope check`'s
 * job: the course.python test.)  The per-day counts are printed on
 * stdout, which CTest keeps in its log.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "lesson_int.h"
#include "unit.h"

#define COURSE PYSCOPE_SOURCE_DIR "/courses/python"

static lesson_course *load_course(void)
{
    lesson_diag d = {0};
    lesson_course *c = lesson_course_load(COURSE, &d);
    for (size_t i = 0; i < d.n; i++)
        unit_fail(__FILE__, __LINE__, "%s", d.msg[i]);
    lesson_diag_free(&d);
    return c;
}

typedef struct counts {
    int steps, predicts, quizzes, reflects, exercises;
} counts;

static counts count(const lesson_t *l)
{
    counts n = {0};
    for (size_t i = 0; i < lesson_step_count(l); i++) {
        switch (lesson_step_kind(lesson_step_at(l, i))) {
        case LESSON_STEP:
            n.steps++;
            break;
        case LESSON_PREDICT:
            n.predicts++;
            break;
        case LESSON_QUIZ:
            n.quizzes++;
            break;
        case LESSON_REFLECT:
            n.reflects++;
            break;
        case LESSON_EXERCISE:
            n.exercises++;
            break;
        }
    }
    return n;
}

UNIT_TEST(course_has_days_0_to_11)
{
    lesson_course *c = load_course();
    CHECK(c != NULL);
    if (!c)
        return;
    CHECK_STR_EQ(lesson_course_id(c), "python");
    CHECK_INT_EQ(lesson_course_count(c), 12);
    for (int day = 0; day <= 11; day++) {
        lesson_t *l = lesson_course_day(c, day);
        CHECK(l != NULL);
        if (l && (size_t)day < lesson_course_count(c))
            CHECK(lesson_course_at(c, (size_t)day) == l);
    }
    lesson_course_free(c);
}

/* One exercise: everything a learner may ask for is there. */
static void check_exercise_fields(const lesson_t *l, const lesson_step *s)
{
    const char *t = lesson_step_title(s) ? lesson_step_title(s) : "?";
    if (!lesson_step_starter(s))
        unit_fail(lesson_path(l), lesson_step_line(s),
                  "exercise '%s' has no starter", t);
    if (lesson_step_hint_count(s) < 1)
        unit_fail(lesson_path(l), lesson_step_line(s),
                  "exercise '%s' has no hints", t);
    if (s->check_ref == LUA_NOREF || !lesson_step_solution(s))
        unit_fail(lesson_path(l), lesson_step_line(s),
                  "exercise '%s' needs a check and a solution", t);
    if (!lesson_step_title(s))
        unit_fail(lesson_path(l), lesson_step_line(s),
                  "exercise without a title (progress keys need one)");
}

UNIT_TEST(course_per_day_counts)
{
    lesson_course *c = load_course();
    if (!c)
        return;
    printf("day  steps predict quiz reflect exercise  total\n");
    for (size_t i = 0; i < lesson_course_count(c); i++) {
        const lesson_t *l = lesson_course_at(c, i);
        counts n = count(l);
        int all = n.steps + n.predicts + n.quizzes + n.reflects + n.exercises;
        printf("%3d  %5d %7d %4d %7d %8d  %5d\n", lesson_day(l), n.steps,
               n.predicts, n.quizzes, n.reflects, n.exercises, all);
        if (lesson_day(l) < 1)
            continue;
        if (all < 6)
            unit_fail(lesson_path(l), 1, "day %d: %d steps, at least 6 wanted",
                      lesson_day(l), all);
        if (n.predicts < 1)
            unit_fail(lesson_path(l), 1, "day %d: no predict step",
                      lesson_day(l));
        if (n.quizzes + n.reflects < 2)
            unit_fail(lesson_path(l), 1,
                      "day %d: %d quizzes/reflects, at least 2 wanted",
                      lesson_day(l), n.quizzes + n.reflects);
        if (n.exercises < 2)
            unit_fail(lesson_path(l), 1, "day %d: %d exercises, at least 2",
                      lesson_day(l), n.exercises);
        for (size_t k = 0; k < lesson_step_count(l); k++)
            if (lesson_step_kind(lesson_step_at(l, k)) == LESSON_EXERCISE)
                check_exercise_fields(l, lesson_step_at(l, k));
    }
    lesson_course_free(c);
}

/* Lower-case letters and digits of s, spaces collapsed: "What is X?" and
 * "what is x" compare equal. */
static char *squash(const char *s)
{
    char *r = xmalloc(strlen(s) + 1), *o = r;
    for (; *s; s++)
        if (isalnum((unsigned char)*s))
            *o++ = (char)tolower((unsigned char)*s);
    *o = '\0';
    return r;
}

/* A reflect on that day whose question contains every fragment (the
 * course words the questions its own way), with a real model answer. */
static bool has_reflect(const lesson_t *l, const char *const *fragments)
{
    bool found = false;
    for (size_t i = 0; !found && i < lesson_step_count(l); i++) {
        const lesson_step *s = lesson_step_at(l, i);
        if (lesson_step_kind(s) != LESSON_REFLECT)
            continue;
        char *q = squash(lesson_step_question(s));
        const char *m = lesson_step_model_answer(s);
        found = m && strlen(m) > 40;
        for (const char *const *f = fragments; found && *f; f++) {
            char *want = squash(*f);
            found = strstr(q, want) != NULL;
            free(want);
        }
        free(q);
    }
    return found;
}

/* The interview questions of shared/seeds/python-learning-series.txt
 * (three marked "Interview Q", and the one that opens the post on
 * mutability), each with the day that teaches its topic and the parts a
 * rewording must keep. */
static const struct {
    int day;
    const char *seed;
    const char *fragments[4];
} interview[] = {
    {1,
     "What is memory management, and who handles it in Python?",
     {"what is memory management", "who handles it"}},
    {1,
     "What are the types of memory allocation? Which one does Python use?",
     {"types of memory allocation", "which one does python use"}},
    {1,
     "What is the difference between stack and heap memory in Python?",
     {"difference between stack and heap"}},
    {4,
     "In Python, what is the difference between mutable and immutable "
     "variables? And how does this affect data handling inside functions?",
     {"difference between mutable and immutable", "inside functions"}},
};

UNIT_TEST(course_interview_questions_are_reflects)
{
    lesson_course *c = load_course();
    if (!c)
        return;
    for (size_t i = 0; i < sizeof interview / sizeof *interview; i++) {
        lesson_t *l = lesson_course_day(c, interview[i].day);
        if (!l || !has_reflect(l, interview[i].fragments))
            unit_fail(__FILE__, __LINE__,
                      "day %d has no reflect asking \"%s\" with a model answer",
                      interview[i].day, interview[i].seed);
    }
    lesson_course_free(c);
}

/* Plausible wrong answers, one or more per exercise: each must fail its
 * check (a check that lets them through is too weak to teach). */
static const struct {
    int day;
    const char *exercise, *code;
} wrong[] = {
    {0, "Your first exercise", "greeting = 'hello'"},
    {1, "Two names, one list", "a = [1, 2, 3]\nb = list(a)\nb.append(4)"},
    {1, "Equal but not identical", "prices = [4, 8, 15]\nbackup = prices"},
    {1, "Which ints are shared?", "def shared(n):\n    return -5 <= n <= 256"},
    {1, "Which ints are shared?", "def shared(n):\n    return n == n"},
    {2, "One more name, one more reference",
     "import sys\nx = ['some', 'data']\nbefore = sys.getrefcount(x)\n"
     "alias = list(x)\nafter = sys.getrefcount(x)"},
    {2, "Make a cycle for the collector",
     "def make_cycle():\n    a = []\n    b = []\n    a.append(b)\n"
     "    b.append(a)\n    return a"},
    {2, "Make a cycle for the collector",
     "def make_cycle():\n    a = []\n    a.append(a)"},
    {2, "Break the cycle yourself",
     "def tidy():\n    a = ['a']\n    b = ['b']\n    a.append(b)\n"
     "    b.append(a)\n    del a, b"},
    {2, "Break the cycle yourself",
     "def tidy():\n    a = ['a']\n    b = ['b']"},
    {3, "Add, don't glue", "a = '12'\nb = '30'\ntotal = int(a + b)"},
    {3, "Add, don't glue", "a = '12'\nb = '30'\ntotal = float(a) + float(b)"},
    {3, "Hours and minutes",
     "def split_minutes(m):\n    return (m / 60, m % 60)"},
    {3, "Hours and minutes",
     "def split_minutes(m):\n    return (round(m / 60), m % 60)"},
    {3, "Assignment: temperature converter",
     "c = int(input())\nprint('Fahrenheit:', round(c * 9 / 5 + 32, 2))\n"
     "print('Kelvin:', round(c + 273.15, 2))"},
    {3, "Assignment: temperature converter",
     "c = float(input())\nprint('Fahrenheit:', c * 9 / 5 + 32)\n"
     "print('Kelvin:', c + 273.15)"},
    {3, "Assignment: temperature converter",
     "c = float(input())\nprint('Fahrenheit:', round(c * 9 / 5 + 32, 2))\n"
     "print('Kelvin:', round(c + 273, 2))"},
    {3, "Assignment: temperature converter",
     "input()\nprint('Fahrenheit: 212.0')\nprint('Kelvin: 373.15')"},
    {4, "Leave the caller's list alone",
     "def without_last(numbers):\n    numbers.pop()\n    return list(numbers)"},
    {4, "Leave the caller's list alone",
     "def without_last(numbers):\n    return numbers[1:]"},
    {4, "Fix the shared default",
     "def add_tag(tag, tags=[]):\n    tags = tags + [tag]\n    return tags"},
    {4, "Fix the shared default",
     "def add_tag(tag, tags=None):\n    return [tag]"},
    {4, "Rows that are really separate",
     "def make_grid(rows, cols):\n    row = [0] * cols\n"
     "    return [row for _ in range(rows)]"},
    {5, "A default height",
     "def area(width, height=1):\n    print(width * height)"},
    {5, "A default height",
     "def area(width, height=0):\n    return width * height"},
    {5, "Count the calls", "calls = 0\n\ndef record():\n    calls = 1"},
    {5, "A counter with nonlocal",
     "count = 0\n\ndef make_counter(start):\n    global count\n    count = "
     "start\n"
     "    def step():\n        global count\n        count += 1\n"
     "        return count\n    return step"},
    {6, "Average of any number of values",
     "def average(*nums):\n    if not nums:\n        return 0\n"
     "    return sum(nums) // len(nums)"},
    {6, "Average of any number of values",
     "def average(*nums):\n    return sum(nums) / len(nums)"},
    {6, "Describe with keywords",
     "def describe(**info):\n"
     "    return ', '.join(f'{k}={v}' for k, v in info.items())"},
    {6, "Options by name only",
     "def url(host, port=80, *, secure=False):\n"
     "    return f\"{'https' if secure else 'http'}://{host}:{port}\""},
    {7, "Sort by length, then alphabetically",
     "def by_length(words):\n    return sorted(words, key=len)"},
    {7, "Sort by length, then alphabetically",
     "def by_length(words):\n    words.sort(key=lambda w: (len(w), w))\n"
     "    return words"},
    {7, "Adders that remember",
     "def make_adders():\n    fs = []\n    for k in range(5):\n"
     "        fs.append(lambda x: x + k)\n    return fs"},
    {7, "Squares of the even numbers",
     "def even_squares(nums):\n"
     "    return map(lambda n: n * n, filter(lambda n: n % 2 == 0, nums))"},
    {7, "Squares of the even numbers",
     "def even_squares(nums):\n"
     "    return list(map(lambda n: n * n, filter(lambda n: n % 2, nums)))"},
    {8, "Kernighan's count",
     "def count_bits(n):\n    return bin(n).count('1')"},
    {8, "Kernighan's count",
     "def count_bits(n):\n    count = 0\n    while n > 1:\n"
     "        n = n & (n - 1)\n        count += 1\n    return count"},
    {8, "Powers of two", "def is_power_of_two(n):\n    return n % 2 == 0"},
    {8, "Powers of two",
     "def is_power_of_two(n):\n    return n >= 0 and (n & (n - 1)) == 0"},
    {8, "The lonely number", "def single_number(nums):\n    return min(nums)"},
    {8, "The lonely number",
     "def single_number(nums):\n    r = 0\n    for x in nums:\n"
     "        r = r ^ x ^ x\n    return r"},
    {9, "A banner",
     "def banner(text, width):\n    return text.upper().center(width)"},
    {9, "A banner",
     "def banner(text, width):\n    pad = '*' * ((width - len(text)) // 2)\n"
     "    return pad + text.upper() + pad + ' '"},
    {9, "Reformat a date",
     "def iso_date(d):\n    return '-'.join(reversed(d.split('-')))"},
    {9, "Reformat a date",
     "def iso_date(d):\n    day, month, year = d.split('/')\n"
     "    return '-'.join([year, day, month])"},
    {9, "Check a PIN", "def valid_pin(s):\n    return s.isdigit()"},
    {9, "Check a PIN",
     "def valid_pin(s):\n    return len(s) in (4, 6) and s.isalnum()"},
    {10, "A Vector you can add",
     "class Vector:\n    def __init__(self, x, y):\n        self.x = x\n"
     "        self.y = y\n    def __add__(self, other):\n"
     "        return (self.x + other.x, self.y + other.y)\n"
     "    def __eq__(self, other):\n        return True\n"
     "    def __repr__(self):\n        return f'Vector({self.x}, {self.y})'"},
    {10, "A Vector you can add",
     "class Vector:\n    def __init__(self, x, y):\n        self.x = x\n"
     "        self.y = y\n    def __add__(self, other):\n"
     "        self.x += other.x\n        self.y += other.y\n        return "
     "self\n"
     "    def __eq__(self, other):\n"
     "        return (self.x, self.y) == (other.x, other.y)\n"
     "    def __repr__(self):\n        return f'Vector({self.x}, {self.y})'"},
    {10, "A playlist that acts like a list",
     "class Playlist:\n    def __init__(self, songs):\n        self.songs = "
     "songs\n"
     "    def __len__(self):\n        return 3\n"
     "    def __getitem__(self, i):\n        return self.songs[0]"},
    {10, "Hashable money",
     "class Money:\n    def __init__(self, cents):\n        self.cents = "
     "cents\n"
     "    def __eq__(self, other):\n"
     "        return isinstance(other, Money) and self.cents == other.cents\n"
     "    def __hash__(self):\n        return id(self)"},
    {10, "Catch the moment of freeing",
     "freed = []\n\nclass Tracked:\n    def __init__(self, name):\n"
     "        self.name = name\n        freed.append(name)"},
    {10, "A bag that grows in place",
     "class Bag:\n    def __init__(self, items):\n        self.items = "
     "list(items)\n    def __add__(self, other):\n        return "
     "Bag(self.items + list(other))\n    def __iadd__(self, other):\n"
     "        self.items.extend(other)"},
    {10, "A bag that grows in place",
     "class Bag:\n    def __init__(self, items):\n        self.items = "
     "list(items)\n    def __add__(self, other):\n        "
     "self.items.extend(other)\n        return self\n"
     "    def __iadd__(self, other):\n        return self + other"},
    {11, "One object per word", "def dedupe(words):\n    return words"},
    {11, "One object per word",
     "def dedupe(words):\n    return [w for w in words]"},
    {11, "One object per word",
     "def dedupe(words):\n    return [words[0]] * len(words)"},
    {11, "Count the spare slots",
     "import sys\ndef capacity(xs):\n    return sys.getsizeof(xs) // 8"},
    {11, "Count the spare slots", "def capacity(xs):\n    return len(xs) + 3"},
};

static size_t exercise_index(const lesson_t *l, const char *title)
{
    for (size_t i = 0; i < lesson_step_count(l); i++) {
        const lesson_step *s = lesson_step_at(l, i);
        const char *t = lesson_step_title(s);
        if (lesson_step_kind(s) == LESSON_EXERCISE && t && !strcmp(t, title))
            return i;
    }
    return (size_t)-1;
}

UNIT_TEST(course_wrong_answers_fail)
{
    lesson_course *c = load_course();
    if (!c)
        return;
    for (size_t i = 0; i < sizeof wrong / sizeof *wrong; i++) {
        lesson_t *l = lesson_course_day(c, wrong[i].day);
        size_t k = l ? exercise_index(l, wrong[i].exercise) : (size_t)-1;
        if (k == (size_t)-1) {
            unit_fail(__FILE__, __LINE__, "day %d: no exercise '%s'",
                      wrong[i].day, wrong[i].exercise);
            continue;
        }
        char *msg = NULL;
        int r = lesson_check_exercise(c, l, k, wrong[i].code, &msg);
        if (r != 0)
            unit_fail(__FILE__, __LINE__, "day %d '%s': wrong answer %s:\n%s",
                      wrong[i].day, wrong[i].exercise,
                      r == 1 ? "passes" : "breaks the check", wrong[i].code);
        free(msg);
    }
    lesson_course_free(c);
}

/* Everything a lesson shows, as one string (text, code, questions...). */
static char *lesson_words(const lesson_t *l)
{
    sbuf b = {0};
    for (size_t i = 0; i < lesson_step_count(l); i++) {
        const lesson_step *s = lesson_step_at(l, i);
        const char *parts[] = {
            lesson_step_title(s),    lesson_step_text(s),
            lesson_step_code(s),     lesson_step_question(s),
            lesson_step_explain(s),  lesson_step_task(s),
            lesson_step_solution(s), lesson_step_model_answer(s)};
        for (size_t k = 0; k < sizeof parts / sizeof *parts; k++)
            if (parts[k]) {
                sbuf_adds(&b, parts[k]);
                sbuf_adds(&b, "\n");
            }
    }
    return sbuf_take(&b);
}

/* The topics each day must teach (from the course plan), as words or
 * code that cannot be missing when the topic is there. */
static const struct {
    int day;
    const char *must[16]; /* NULL-terminated */
} topics[] = {
    {0,
     {"Code", "Output", "Heap", "GC generations", "`n`", "`s`", "`b`", "`g`",
      "Tab", "`q`"}},
    {1,
     {"memory manager", "static", "dynamic", "stack", "heap",
      "five memory areas", "id(", " is ", "==", "-5", "256"}},
    {2,
     {"ob_refcnt", "getrefcount", "one more", "del ", "cycle", "(700, 10, 10)",
      "generation", "gc.collect", "gc.disable"}},
    {3,
     {"int", "float", "str", "bool", "input()", "implicit", "explicit", "//",
      "**", "and", "Kelvin", "Fahrenheit"}},
    {4,
     {"immutable", "mutable", "change_text", "remove_last", "alias", "copy",
      "bucket=[]"}},
    {5, {"def ", "return", "local", "global", "nonlocal", "UnboundLocalError"}},
    {6,
     {"*args", "**kwargs", "func(1, 2, 3, x=4, y=5)", "15", "show(*values)",
      "**options", "keyword-only"}},
    {7,
     {"lambda", "map(", "filter(", "sorted(", "key=", "funcs[1](2)", "i=i",
      "closure", "late binding"}},
    {8,
     {"bin(", "two's complement", "n & -n", "n & (n - 1)", "Kernighan",
      "power of two", "<<", ">>", "^", "O(1)", "O(log n)"}},
    {9,
     {"center(10, \"*\")", "**Python**", "count(", "find(", "index(",
      "replace(", "split(", "join(", "isalnum", "f\"", "immutable"}},
    {10,
     {"__init__", "__str__", "__repr__", "__len__", "__add__", "__eq__",
      "__hash__", "__iter__", "__getitem__", "__call__", "__del__"}},
};

UNIT_TEST(course_day_topics)
{
    lesson_course *c = load_course();
    if (!c)
        return;
    for (size_t i = 0; i < sizeof topics / sizeof *topics; i++) {
        lesson_t *l = lesson_course_day(c, topics[i].day);
        if (!l)
            continue;
        char *all = lesson_words(l);
        for (const char *const *m = topics[i].must; *m; m++)
            if (!strstr(all, *m))
                unit_fail(lesson_path(l), 1, "day %d never mentions \"%s\"",
                          topics[i].day, *m);
        free(all);
    }
    lesson_course_free(c);
}

/* The index of the step titled `title` in l, or (size_t)-1. */
static size_t step_titled(const lesson_t *l, const char *title)
{
    for (size_t i = 0; i < lesson_step_count(l); i++) {
        const char *t = lesson_step_title(lesson_step_at(l, i));
        if (t && strcmp(t, title) == 0)
            return i;
    }
    return (size_t)-1;
}

/* The "why alive" exercise answers with the path that keeps the node
 * alive, whichever reference the learner forgot. */
UNIT_TEST(why_alive_exercise_names_the_reference_left)
{
    lesson_course *c = load_course();
    lesson_t *l = c ? lesson_course_day(c, 2) : NULL;
    size_t i = l ? step_titled(l, "Who keeps it alive?") : (size_t)-1;
    CHECK(i != (size_t)-1);
    if (i == (size_t)-1) {
        lesson_course_free(c);
        return;
    }
    const char *head = "class Node:\n    def __init__(self, name):\n"
                       "        self.name = name\n        self.next = None\n"
                       "first = Node('first')\nsecond = Node('second')\n"
                       "first.next = second\nregistry = [first, second]\n"
                       "sid = id(second)\n";
    static const struct {
        const char *fix, *expect;
    } tries[] = {
        {"", "reachable as first.next"},
        {"registry.remove(second)\n", "reachable as first.next"},
        {"first.next = None\n", "reachable as registry[1]"},
        {"first.next = None\nregistry.pop()\n", NULL},
        {"second.next = second\nfirst.next = None\nregistry.pop()\n",
         "reachable only from itself"},
    };
    for (size_t k = 0; k < sizeof tries / sizeof tries[0]; k++) {
        char code[1024];
        snprintf(code, sizeof code, "%s%sdel second\n", head, tries[k].fix);
        char *msg = NULL;
        int r = lesson_check_exercise(c, l, i, code, &msg);
        if (!tries[k].expect)
            CHECK_INT_EQ(r, 1);
        else {
            CHECK_INT_EQ(r, 0);
            CHECK(msg && strstr(msg, tries[k].expect));
            if (msg && !strstr(msg, tries[k].expect))
                fprintf(stderr, "message: %s\n", msg);
        }
        free(msg);
    }
    lesson_course_free(c);
}
