/*
 * test_lesson.c -- the lesson engine: loading, accessors, grading,
 * markup, exercise checks through the `py` bridge, and `pyscope check`
 * on the good and broken lessons of tests/lessons (each broken file
 * lists the messages it must produce in "-- expect: " lines).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lesson_int.h"
#include "unit.h"

#define LESSONS PYSCOPE_SOURCE_DIR "/tests/lessons"

static lesson_course *load_mini(void)
{
    lesson_diag d = {0};
    lesson_course *c = lesson_course_load(LESSONS "/mini", &d);
    for (size_t i = 0; i < d.n; i++)
        unit_fail(__FILE__, __LINE__, "%s", d.msg[i]);
    lesson_diag_free(&d);
    return c;
}

UNIT_TEST(course_loads)
{
    lesson_course *c = load_mini();
    CHECK(c != NULL);
    if (!c)
        return;
    CHECK_STR_EQ(lesson_course_id(c), "mini");
    CHECK_STR_EQ(lesson_course_title(c), "Mini course");
    CHECK_INT_EQ(lesson_course_count(c), 2);
    lesson_t *l = lesson_course_day(c, 1);
    CHECK(l && lesson_course_at(c, 0) == l);
    CHECK_STR_EQ(lesson_title(l), "Names and objects");
    CHECK_INT_EQ(lesson_step_count(l), 3);
    const lesson_step *s = lesson_step_at(l, 0);
    CHECK_INT_EQ(lesson_step_kind(s), LESSON_STEP);
    CHECK_STR_EQ(lesson_step_code(s), "a = [1, 2]\nb = a\nprint(a is b)");
    CHECK_STR_EQ(lesson_step_key(s), "A name for an object");
    CHECK_INT_EQ(lesson_step_line(s), 4);
    const lesson_step *q = lesson_step_at(l, 1);
    CHECK_INT_EQ(lesson_step_kind(q), LESSON_QUIZ);
    CHECK_STR_EQ(lesson_step_key(q), "alias");
    CHECK_INT_EQ(lesson_step_choice_count(q), 2);
    CHECK_STR_EQ(lesson_step_choice(q, 1), "two");
    CHECK(lesson_grade_choice(q, 1) && !lesson_grade_choice(q, 2));
    const lesson_step *e = lesson_step_at(l, 2);
    CHECK_STR_EQ(lesson_step_starter(e), "def double(x):\n    pass");
    CHECK_INT_EQ(lesson_step_hint_count(e), 2);
    CHECK_STR_EQ(lesson_step_hint(e, 1), "`return 2 * x`");
    CHECK(lesson_step_input(e)[0] == NULL);
    lesson_course_free(c);
}

UNIT_TEST(keys_without_titles_are_stable)
{
    lesson_course *c = load_mini();
    if (!c)
        return;
    const lesson_step *p = lesson_step_at(lesson_course_day(c, 2), 0);
    CHECK(strncmp(lesson_step_key(p), "predict#", 8) == 0);
    lesson_course *again = load_mini();
    CHECK_STR_EQ(
        lesson_step_key(lesson_step_at(lesson_course_day(again, 2), 0)),
        lesson_step_key(p));
    lesson_course_free(again);
    lesson_course_free(c);
}

UNIT_TEST(grade_text)
{
    lesson_course *c = load_mini();
    if (!c)
        return;
    const lesson_step *p = lesson_step_at(lesson_course_day(c, 2), 0);
    CHECK(lesson_grade_text(p, "True"));
    CHECK(lesson_grade_text(p, "  True \n"));
    CHECK(lesson_grade_text(p, "'True'"));
    CHECK(!lesson_grade_text(p, "False"));
    CHECK(!lesson_grade_text(p, "true"));
    lesson_course_free(c);
}

UNIT_TEST(exercise_pass_and_fail)
{
    lesson_course *c = load_mini();
    if (!c)
        return;
    lesson_t *l = lesson_course_day(c, 1);
    char *msg = NULL;
    CHECK_INT_EQ(lesson_check_exercise(
                     c, l, 2, "def double(x):\n    return x + x\n", &msg),
                 1);
    CHECK(msg == NULL);
    CHECK_INT_EQ(lesson_check_exercise(
                     c, l, 2, "def double(x):\n    return 3 * x\n", &msg),
                 0);
    CHECK_STR_EQ(msg, "double(4) should be 8, got 12");
    free(msg);
    CHECK_INT_EQ(
        lesson_check_exercise(c, l, 2, "def double(x) return x\n", &msg), 0);
    CHECK(msg && strstr(msg, "SyntaxError"));
    free(msg);
    CHECK_INT_EQ(
        lesson_check_exercise(c, l, 2, "while True:\n    pass\n", &msg), 0);
    CHECK(msg && strstr(msg, "ran too long"));
    free(msg);
    CHECK_INT_EQ(lesson_check_exercise(c, l, 1, "x = 1", &msg), -1);
    CHECK(msg && strstr(msg, "not an exercise"));
    free(msg);
    lesson_course_free(c);
}

UNIT_TEST(exercise_with_input)
{
    lesson_course *c = load_mini();
    if (!c)
        return;
    lesson_t *l = lesson_course_day(c, 2);
    char *msg = NULL;
    CHECK_INT_EQ(lesson_check_exercise(
                     c, l, 4, "print('Hello, ' + input() + '!')", &msg),
                 1);
    CHECK_INT_EQ(lesson_check_exercise(c, l, 4, "print('Hello, Ada!')", &msg),
                 0);
    CHECK(msg && strstr(msg, "Grace"));
    free(msg);
    lesson_course_free(c);
}

UNIT_TEST(run_code)
{
    lesson_run r;
    CHECK_INT_EQ(lesson_run_code("print(1 + 1)", NULL, &r), 0);
    CHECK_STR_EQ(r.out, "2\n");
    CHECK(r.exc == NULL);
    lesson_run_free(&r);
    lesson_run_code("{}['k']", NULL, &r);
    char *t = lesson_run_exc_type(&r);
    CHECK_STR_EQ(t, "KeyError");
    CHECK_STR_EQ(r.exc, "KeyError: 'k'");
    free(t);
    lesson_run_free(&r);
    const char *const in[] = {"7", NULL};
    lesson_run_code("print(int(input()) * 6)", in, &r);
    CHECK_STR_EQ(r.out, "42\n");
    lesson_run_free(&r);
}

UNIT_TEST(markup)
{
    char *p = lesson_markup_plain("a *b* **c** `d*e` 2 * 3 *x\n- item");
    CHECK_STR_EQ(p, "a b c `d*e` 2 * 3 *x\n- item");
    free(p);
    const char *s = "x `y` **z**";
    lesson_span_kind k;
    const char *start;
    size_t len;
    int kinds[8], n = 0;
    while (n < 8 && lesson_markup_next(&s, &k, &start, &len))
        kinds[n++] = (int)k;
    CHECK_INT_EQ(n, 4);
    CHECK_INT_EQ(kinds[1], LESSON_SPAN_CODE);
    CHECK_INT_EQ(kinds[3], LESSON_SPAN_STRONG);
}

UNIT_TEST(dedent_and_suggest)
{
    char *d = lesson_dedent("\n    if x:\n        y\n\n    z\n   ");
    CHECK_STR_EQ(d, "if x:\n    y\n\nz");
    free(d);
    const char *names[] = {"answer", "choices", "question", NULL};
    CHECK_STR_EQ(lesson_nearest("anwser", names), "answer");
    CHECK_STR_EQ(lesson_nearest("choice", names), "choices");
    CHECK(lesson_nearest("zzz", names) == NULL);
}

UNIT_TEST(check_good_lessons)
{
    lesson_diag d = {0};
    CHECK_INT_EQ(lesson_check_path(LESSONS "/mini", &d), 0);
    CHECK_INT_EQ(lesson_check_path(LESSONS "/good", &d), 0);
    CHECK_INT_EQ(lesson_check_path(LESSONS "/example", &d), 0);
    for (size_t i = 0; i < d.n; i++)
        unit_fail(__FILE__, __LINE__, "unexpected: %s", d.msg[i]);
    lesson_diag_free(&d);
}

/* Every "-- expect: MSG" line of a broken lesson is found among its
 * diagnostics, and nothing else is reported. */
static void check_broken(const char *name)
{
    char *path = xasprintf("%s/broken/%s", LESSONS, name);
    char *src = lesson_read_file(path, NULL);
    lesson_diag d = {0};
    lesson_check_path(path, &d);
    size_t expected = 0;
    for (char *line = strtok(src, "\n"); line; line = strtok(NULL, "\n")) {
        if (strncmp(line, "-- expect: ", 11) != 0)
            continue;
        expected++;
        bool found = false;
        for (size_t i = 0; i < d.n && !found; i++) {
            const char *base = strrchr(d.msg[i], '/');
            found = base && strcmp(base + 1, line + 11) == 0;
        }
        if (!found)
            unit_fail(__FILE__, __LINE__, "%s: missing diagnostic %s", name,
                      line + 11);
    }
    if (d.n != expected)
        unit_fail(__FILE__, __LINE__,
                  "%s: %zu diagnostics, %zu expected (first: %s)", name, d.n,
                  expected, d.n ? d.msg[0] : "");
    lesson_diag_free(&d);
    free(src);
    free(path);
}

UNIT_TEST(check_broken_lessons)
{
    DIR *dir = opendir(LESSONS "/broken");
    CHECK(dir != NULL);
    if (!dir)
        return;
    struct dirent *e;
    int n = 0;
    while ((e = readdir(dir)))
        if (strstr(e->d_name, ".lua")) {
            check_broken(e->d_name);
            n++;
        }
    closedir(dir);
    CHECK(n >= 10);
}

UNIT_TEST(check_runaway_string_work)
{
    lesson_diag d = {0};
    lesson_check_path(LESSONS "/escape/rep_loop.lua", &d);
    CHECK_INT_EQ(d.n, 1);
    CHECK(d.n && strstr(d.msg[0], "rep_loop.lua:4: CPU limit exceeded"));
    lesson_diag_free(&d);
}

UNIT_TEST(check_runaway_checks)
{
    lesson_diag d = {0};
    lesson_check_path(LESSONS "/escape/check_loops.lua", &d);
    CHECK_INT_EQ(d.n, 1);
    CHECK(d.n && strstr(d.msg[0], "check_loops.lua:6: CPU limit exceeded"));
    lesson_diag_free(&d);
    lesson_check_path(LESSONS "/escape/check_memory.lua", &d);
    CHECK(d.n == 1 &&
          strstr(d.msg[0], "check_memory.lua:6: memory limit exceeded"));
    lesson_diag_free(&d);
    lesson_check_path(LESSONS "/escape/check_keeps_py.lua", &d);
    bool refused = false;
    for (size_t i = 0; i < d.n; i++)
        refused |= strstr(d.msg[i],
                          "py can only be used while its check runs") != NULL;
    CHECK(refused);
    lesson_diag_free(&d);
}

/* A check looping over py.eval ends at the CPU limit as soon as a plain
 * loop does (each py.* call is charged; it once took 6 s of CPU where a
 * plain loop takes 0.3 s).  CPU seconds, scaled in sanitizer builds. */
UNIT_TEST(check_runaway_py_calls)
{
    lesson_diag d = {0};
    clock_t t0 = clock();
    lesson_check_path(LESSONS "/escape/check_py_loop.lua", &d);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(d.n == 1 &&
          strstr(d.msg[0], "check_py_loop.lua:7: CPU limit exceeded"));
    double limit = 2.0;
#if defined(__SANITIZE_ADDRESS__)
    limit *= 8; /* ASan, and CI's two tests at a time */
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    limit *= 8;
#endif
#endif
    if (secs > limit)
        unit_fail(__FILE__, __LINE__, "took %.1f s of CPU (limit %.1f s)", secs,
                  limit);
    lesson_diag_free(&d);
}

/* Checks that tamper with strings or the libraries fail at their own
 * line, and the checks after them see strings unchanged. */
UNIT_TEST(check_cannot_change_strings)
{
    lesson_diag d = {0};
    lesson_check_path(LESSONS "/escape/check_string_mt.lua", &d);
    CHECK_INT_EQ(d.n, 2);
    CHECK(d.n == 2 && strstr(d.msg[0], "check_string_mt.lua:6: exercise") &&
          strstr(d.msg[0], "attempt to index a boolean"));
    CHECK(d.n == 2 && strstr(d.msg[1], "check_string_mt.lua:10: ") &&
          strstr(d.msg[1], "the 'upper' "
                           "field of a library is read-only"));
    for (size_t i = 0; i < d.n; i++)
        CHECK(!strstr(d.msg[i], "strings were changed"));
    lesson_diag_free(&d);
}

UNIT_TEST(check_cmd_exit_status)
{
    char *good[] = {"check", LESSONS "/mini"};
    char *bad[] = {"check", LESSONS "/broken/fields.lua"};
    FILE *saved = stderr;
    stderr = fopen("/dev/null", "w");
    CHECK_INT_EQ(lesson_cmd_check(2, good), 0);
    CHECK_INT_EQ(lesson_cmd_check(2, bad), 1);
    fclose(stderr);
    stderr = saved;
}
