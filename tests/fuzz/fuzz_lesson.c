/*
 * fuzz_lesson.c -- a lesson file loaded and checked by the lesson engine.
 *
 * The input is the text of a lesson file (Lua 5.4, untrusted).  It is
 * written to a scratch folder as day01.lua (the engine reads lessons
 * from paths) and given to lesson_check_path(), which loads it in the
 * sandbox with its CPU and memory limits and validates it: schema,
 * quiz answers, solutions passing, starters failing, step code running,
 * each in a fresh interpreter with the engine's heap cap and a step
 * budget of FUZZ_STEPS (the engine gives 20 million; lowered as in
 * fuzz_run, so that a lesson whose solutions loop costs seconds, not
 * minutes, under the sanitizers).  Then it is loaded again with
 * lesson_load() and every accessor and the markup functions are walked,
 * as the front ends do.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "lesson.h"
#include "lesson_int.h"

#define FUZZ_STEPS 1000000u

static void walk_text(const char *text)
{
    if (!text)
        return;
    const char *p = text, *start;
    lesson_span_kind kind;
    size_t len;
    while (lesson_markup_next(&p, &kind, &start, &len))
        FUZZ_ASSERT(start >= text && start + len <= text + strlen(text));
    free(lesson_markup_plain(text));
}

static void walk_step(const lesson_step *s)
{
    FUZZ_ASSERT(lesson_step_kind_name(lesson_step_kind(s)) != NULL);
    FUZZ_ASSERT(lesson_step_key(s) != NULL);
    walk_text(lesson_step_title(s));
    walk_text(lesson_step_text(s));
    walk_text(lesson_step_question(s));
    walk_text(lesson_step_explain(s));
    walk_text(lesson_step_model_answer(s));
    walk_text(lesson_step_task(s));
    for (size_t i = 0; i < lesson_step_choice_count(s); i++)
        walk_text(lesson_step_choice(s, i));
    for (size_t i = 0; i < lesson_step_hint_count(s); i++)
        walk_text(lesson_step_hint(s, i));
    const char *const *in = lesson_step_input(s);
    FUZZ_ASSERT(in != NULL);
    for (int c = 0; c <= (int)lesson_step_choice_count(s) + 1; c++)
        lesson_grade_choice(s, c);
    const char *ans = lesson_step_answer_text(s);
    if (ans)
        FUZZ_ASSERT(lesson_grade_text(s, ans));
    lesson_grade_text(s, "");
}

static void walk_lesson(const char *path)
{
    lesson_diag diag = {0};
    lesson_t *l = lesson_load(path, &diag);
    FUZZ_ASSERT(l != NULL || diag.n > 0);
    if (l) {
        FUZZ_ASSERT(lesson_title(l) != NULL);
        for (size_t i = 0; i < lesson_step_count(l); i++)
            walk_step(lesson_step_at(l, i));
        lesson_free(l);
    }
    lesson_diag_free(&diag);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pyb_step_budget = FUZZ_STEPS;
    const char *dir = fuzz_scratch_dir();
    char *path = fuzz_write_file(dir, "day01.lua", data, size);
    if (!path)
        return 0;
    lesson_diag diag = {0};
    size_t problems = lesson_check_path(path, &diag);
    FUZZ_ASSERT(problems <= diag.n);
    for (size_t i = 0; i < diag.n; i++)
        FUZZ_ASSERT(diag.msg[i] != NULL);
    lesson_diag_free(&diag);
    walk_lesson(path);
    free(path);
    fuzz_clear_dir(dir);
    return 0;
}
