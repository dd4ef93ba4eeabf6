/*
 * fuzz_files.c -- the two data files pyscope reads from disk: the
 * learner's progress file (src/lesson/progress.c) and colour themes
 * (src/tui/theme.c).
 *
 * The first byte picks the parser and is not part of the file: 'T' a
 * theme, anything else a progress file.  The file is written into a
 * scratch folder, because both parsers read from paths:
 *
 *  - progress: <dir>/progress.txt opened by lesson_progress_open().  A
 *    damaged file must be moved aside with a notice; a sound one must
 *    survive a round trip: saved, reopened without a notice, and saved
 *    again to the very same bytes.
 *  - theme: <dir>/fuzz.lua loaded by theme_load() (PYSCOPE_THEMES points
 *    at the folder), in its bare Lua state with its instruction budget
 *    and memory cap; every role's attribute is then looked up.
 *
 * theme_load() is internal to the TUI (tui_int.h): it has no public
 * header of its own, and no screen is started here.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "lesson.h"
#include "tui_int.h"

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&buf, &n);
    char chunk[4096];
    for (size_t k; (k = fread(chunk, 1, sizeof chunk, f)) > 0;)
        fwrite(chunk, 1, k, m);
    fclose(m);
    fclose(f);
    return buf;
}

/* Save p, reopen it, and return the saved text (malloc'd). */
static char *round_trip(lesson_progress *p, const char *dir,
                        lesson_progress **reopened)
{
    FUZZ_ASSERT(lesson_progress_save(p) == 0);
    char file[8192];
    snprintf(file, sizeof file, "%s/progress.txt", dir);
    char *text = read_all(file);
    FUZZ_ASSERT(text != NULL);
    char *notice = NULL;
    *reopened = lesson_progress_open(dir, &notice);
    FUZZ_ASSERT(*reopened != NULL);
    if (notice)
        fprintf(stderr, "%s\n", notice);
    FUZZ_ASSERT(notice == NULL); /* what we wrote reads back */
    return text;
}

static void fuzz_progress(const uint8_t *data, size_t size)
{
    const char *dir = fuzz_scratch_dir();
    char *path = fuzz_write_file(dir, "progress.txt", data, size);
    if (!path)
        return;
    char *notice = NULL;
    lesson_progress *p = lesson_progress_open(dir, &notice);
    FUZZ_ASSERT(p != NULL);
    if (notice) { /* damaged: set aside, nothing kept */
        int day;
        const char *key;
        FUZZ_ASSERT(!lesson_progress_position(p, "python", &day, &key));
        free(notice);
    } else {
        lesson_progress *q, *r;
        char *first = round_trip(p, dir, &q);
        char *second = round_trip(q, dir, &r);
        FUZZ_ASSERT(strcmp(first, second) == 0);
        free(first);
        free(second);
        lesson_progress_free(q);
        lesson_progress_free(r);
    }
    lesson_progress_free(p);
    free(path);
    fuzz_clear_dir(dir);
}

static void fuzz_theme(const uint8_t *data, size_t size)
{
    const char *dir = fuzz_scratch_dir();
    setenv("PYSCOPE_THEMES", dir, 1);
    char *path = fuzz_write_file(dir, "fuzz.lua", data, size);
    if (!path)
        return;
    if (theme_load("fuzz") == 0) {
        FUZZ_ASSERT(strcmp(theme_name(), "fuzz") == 0);
        for (int r = 0; r < R_NROLES; r++)
            theme_attr((tui_role)r);
    } else {
        FUZZ_ASSERT(theme_error[0] != '\0');
    }
    free(path);
    fuzz_clear_dir(dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 0 && data[0] == 'T')
        fuzz_theme(data + 1, size - 1);
    else
        fuzz_progress(data + (size > 0), size - (size > 0));
    return 0;
}
