/*
 * test_course_claims.c -- every claim the course makes with the words
 * "new object", "same object", "freed" or "copy" (copies, copied) is
 * backed by a fact: Python code beside the sentence, run by `pyscope
 * check` (and under python3 by course.facts_python3), that asserts it.
 *
 * The prose searched is what states things: a step's title, text,
 * explanation, model answer, task and hints, and a lesson's summary
 * (backed by the lesson's own facts).
 * Questions and choices are left out (they ask; the explanation answers),
 * and so is code, inside or outside backticks.  An occurrence is covered
 * when a fact of its step quotes words around it, or when it is in the
 * short allowlist below of sentences that are not claims about Python.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson_int.h"
#include "unit.h"

#define COURSE PYSCOPE_SOURCE_DIR "/courses/python"

static const char *const phrases[] = {
    "new object", "same object", "freed", "copy", "copies", "copied", NULL};

/* Sentences that use the words without stating what Python does. */
static const struct {
    const char *file, *quote, *why;
} allowed[] = {
    {"day00.lua", "new, changed and freed ones are marked",
     "describes the Heap pane, not Python"},
    {"day00.lua", "found unreachable and freed, while `kept` survives",
     "tells what the GC demo's pane will show; day02's facts back it"},
    {"day10.lua", "exactly when the object is freed",
     "a title; the step's text and facts say when"},
    {"day02.lua", "copies each object's refcount into a scratch field",
     "the collector's own algorithm, which Python code cannot observe; "
     "the GC pane shows its phases"},
    {"day02.lua", "subtracts 1 from the target's copy",
     "the same algorithm, step 2"},
    {"day04.lua", "aliasing and copies", "the summary names a topic"},
    {"day04.lua", "Copies: shallow and deep", "a title naming the topic"},
    {"day04.lua", "The copy module", "a title naming the module"},
    {"day09.lua", "pyscope always copies",
     "says what pyscope does, not Python; python3 would fail a fact"},
};

/* Is [pos, pos + n) of text inside an occurrence of quote in text? */
static bool inside(const char *text, size_t pos, size_t n, const char *quote)
{
    size_t q = strlen(quote);
    for (const char *p = strstr(text, quote); q && p; p = strstr(p + 1, quote))
        if ((size_t)(p - text) <= pos && pos + n <= (size_t)(p - text) + q)
            return true;
    return false;
}

/* Inside a `code` span: an odd number of backticks before pos. */
static bool in_code(const char *text, size_t pos)
{
    size_t ticks = 0;
    for (size_t i = 0; i < pos; i++)
        ticks += text[i] == '`';
    return ticks % 2 == 1;
}

static bool allowlisted(const char *file, const char *text, size_t pos,
                        size_t n)
{
    for (size_t i = 0; i < sizeof allowed / sizeof *allowed; i++)
        if (strcmp(file, allowed[i].file) == 0 &&
            inside(text, pos, n, allowed[i].quote))
            return true;
    return false;
}

/* Covered by a fact of the step, or of the lesson for its summary. */
static bool by_fact(const lesson_t *l, const lesson_step *s, const char *text,
                    size_t pos, size_t n)
{
    const lesson_fact *f = s ? s->facts : l->facts;
    size_t nf = s ? s->nfacts : l->nfacts;
    bool yes = false;
    for (size_t i = 0; i < nf && !yes; i++) {
        char *q = lesson_squash_space(f[i].says);
        yes = inside(text, pos, n, q);
        free(q);
    }
    return yes;
}

/* Report each uncovered phrase of one prose field (may be NULL). */
static int scan(const lesson_t *l, const lesson_step *s, const char *field)
{
    if (!field)
        return 0;
    const char *file = strrchr(lesson_path(l), '/') + 1;
    char *text = lesson_squash_space(field), *low = xstrdup(text);
    for (char *p = low; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    int bad = 0;
    for (size_t k = 0; phrases[k]; k++) {
        size_t n = strlen(phrases[k]);
        for (const char *p = strstr(low, phrases[k]); p;
             p = strstr(p + 1, phrases[k])) {
            size_t pos = (size_t)(p - low);
            if (in_code(text, pos) || by_fact(l, s, text, pos, n) ||
                allowlisted(file, text, pos, n))
                continue;
            bad++;
            unit_fail(file, s ? lesson_step_line(s) : 1,
                      "'%s' with no fact backing it: ...%.70s...", phrases[k],
                      text + (pos > 30 ? pos - 30 : 0));
        }
    }
    free(text);
    free(low);
    return bad;
}

static void scan_step(const lesson_t *l, const lesson_step *s)
{
    const char *fields[] = {lesson_step_title(s), lesson_step_text(s),
                            lesson_step_explain(s), lesson_step_model_answer(s),
                            lesson_step_task(s)};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        scan(l, s, fields[i]);
    for (size_t i = 0; i < lesson_step_hint_count(s); i++)
        scan(l, s, lesson_step_hint(s, i));
}

UNIT_TEST(every_claim_has_a_fact)
{
    lesson_diag d = {0};
    lesson_course *c = lesson_course_load(COURSE, &d);
    CHECK(c != NULL && d.n == 0);
    lesson_diag_free(&d);
    size_t facts = 0;
    for (size_t i = 0; c && i < lesson_course_count(c); i++) {
        lesson_t *l = lesson_course_at(c, i);
        scan(l, NULL, l->summary);
        for (size_t j = 0; j < lesson_step_count(l); j++) {
            scan_step(l, lesson_step_at(l, j));
            facts += lesson_step_fact_count(lesson_step_at(l, j));
        }
    }
    CHECK(facts > 0);
    lesson_course_free(c);
}

/* The allowlist stays true to the course: every quote is still there. */
UNIT_TEST(allowlist_quotes_exist)
{
    for (size_t i = 0; i < sizeof allowed / sizeof *allowed; i++) {
        char *path = xasprintf("%s/%s", COURSE, allowed[i].file);
        char *src = lesson_read_file(path, NULL);
        char *flat = src ? lesson_squash_space(src) : NULL;
        if (!flat || !strstr(flat, allowed[i].quote))
            unit_fail(__FILE__, __LINE__, "%s no longer says \"%s\"",
                      allowed[i].file, allowed[i].quote);
        free(flat);
        free(src);
        free(path);
    }
}
