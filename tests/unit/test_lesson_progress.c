/*
 * test_lesson_progress.c -- the progress file: round trip, damaged files
 * set aside with a notice, and kill -9 in the middle of saving.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "lesson_int.h"
#include "unit.h"

static char *temp_dir(void)
{
    char tmpl[] = "/tmp/pyscope-progress-XXXXXX";
    return xstrdup(mkdtemp(tmpl));
}

static void remove_dir(const char *dir)
{
    char *cmd = xasprintf("rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "cannot remove %s\n", dir);
    free(cmd);
}

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
}

UNIT_TEST(progress_round_trip)
{
    char *dir = temp_dir();
    char *sub = xasprintf("%s/a/b", dir); /* created on save */
    char *notice;
    lesson_progress *p = lesson_progress_open(sub, &notice);
    CHECK(notice == NULL);
    CHECK_INT_EQ(lesson_progress_status(p, "py", 1, "alias"), LESSON_UNSEEN);
    lesson_progress_set_status(p, "py", 1, "alias", LESSON_CORRECT);
    lesson_progress_set_status(p, "py", 2, "alias", LESSON_WRONG);
    lesson_progress_set_status(p, "other", 1, "alias", LESSON_SELF_YES);
    lesson_progress_set_code(p, "py", 1, "Double\tit",
                             "def f():\n\treturn '\\n'\n");
    lesson_progress_set_position(p, "py", 2, "predict#0badf00d");
    CHECK_INT_EQ(lesson_progress_save(p), 0);
    lesson_progress_free(p);

    p = lesson_progress_open(sub, &notice);
    CHECK(notice == NULL);
    CHECK_INT_EQ(lesson_progress_status(p, "py", 1, "alias"), LESSON_CORRECT);
    CHECK_INT_EQ(lesson_progress_status(p, "py", 2, "alias"), LESSON_WRONG);
    CHECK_INT_EQ(lesson_progress_status(p, "other", 1, "alias"),
                 LESSON_SELF_YES);
    CHECK_STR_EQ(lesson_progress_code(p, "py", 1, "Double\tit"),
                 "def f():\n\treturn '\\n'\n");
    int day;
    const char *key;
    CHECK(lesson_progress_position(p, "py", &day, &key));
    CHECK_INT_EQ(day, 2);
    CHECK_STR_EQ(key, "predict#0badf00d");
    CHECK(!lesson_progress_position(p, "other", &day, &key));
    lesson_progress_reset(p, "py");
    CHECK_INT_EQ(lesson_progress_status(p, "py", 1, "alias"), LESSON_UNSEEN);
    CHECK_INT_EQ(lesson_progress_status(p, "other", 1, "alias"),
                 LESSON_SELF_YES);
    lesson_progress_free(p);
    free(sub);
    remove_dir(dir);
    free(dir);
}

/* A damaged file is moved aside, named in the notice, never lost. */
static void expect_set_aside(const char *content)
{
    char *dir = temp_dir();
    char *file = xasprintf("%s/progress.txt", dir);
    write_text(file, content);
    char *notice = NULL;
    lesson_progress *p = lesson_progress_open(dir, &notice);
    CHECK(notice != NULL);
    const char *at = notice ? strstr(notice, "moved to ") : NULL;
    CHECK(at != NULL);
    if (at) {
        char *backup = xstrndup(at + 9, strcspn(at + 9, " "));
        char *saved = lesson_read_file(backup, NULL);
        CHECK_STR_EQ(saved, content);
        free(saved);
        free(backup);
    }
    CHECK(access(file, F_OK) != 0);
    CHECK_INT_EQ(lesson_progress_status(p, "py", 1, "a"), LESSON_UNSEEN);
    free(notice);
    lesson_progress_free(p);
    free(file);
    remove_dir(dir);
    free(dir);
}

UNIT_TEST(progress_damaged_files)
{
    expect_set_aside("garbage\n");
    expect_set_aside(
        "pyscope-progress 1\nst\tpy\t1\ta\tcorrect\n"); /* no end line */
    expect_set_aside("pyscope-progress 1\nst\tpy\t1\ta\tcorrect\nend\t2\n");
    expect_set_aside("pyscope-progress 1\nst\tpy\t1\ta\tbrilliant\nend\t1\n");
    expect_set_aside(
        "pyscope-progress 1\ncode\tpy\t1\ta\tbad\\qescape\nend\t1\n");
    expect_set_aside("pyscope-progress 1\nst\tpy\tone\ta\tcorrect\nend\t1\n");
}

/* The child saves version after version; every record of a version
 * carries its number, so a torn file would show mixed numbers. */
static void save_forever(const char *dir)
{
    char *notice;
    lesson_progress *p = lesson_progress_open(dir, &notice);
    char code[4096];
    for (long v = 1;; v++) {
        for (int k = 0; k < 20; k++) {
            char key[16];
            snprintf(key, sizeof key, "step%d", k);
            memset(code, 'x', sizeof code - 1);
            code[sizeof code - 1] = '\0';
            snprintf(code, 32, "%ld", v);
            code[strlen(code)] = '#';
            lesson_progress_set_code(p, "py", 1, key, code);
        }
        lesson_progress_save(p);
    }
}

static void check_consistent(const char *dir)
{
    char *notice = NULL;
    lesson_progress *p = lesson_progress_open(dir, &notice);
    CHECK(notice == NULL);
    if (notice)
        unit_fail(__FILE__, __LINE__, "%s", notice);
    const char *first = lesson_progress_code(p, "py", 1, "step0");
    long v = first ? atol(first) : 0;
    for (int k = 1; first && k < 20; k++) {
        char key[16];
        snprintf(key, sizeof key, "step%d", k);
        const char *c = lesson_progress_code(p, "py", 1, key);
        CHECK(c && atol(c) == v && strlen(c) == 4095);
    }
    free(notice);
    lesson_progress_free(p);
}

UNIT_TEST(progress_kill_during_save)
{
    char *dir = temp_dir();
    srand((unsigned)time(NULL));
    for (int round = 0; round < 25; round++) {
        pid_t pid = fork();
        if (pid == 0)
            save_forever(dir);
        usleep(2000 + (useconds_t)(rand() % 20000));
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
        check_consistent(dir);
    }
    /* stale temporary files of the killed savers are cleaned up */
    char *cmd = xasprintf("ls '%s' | grep -c tmp > /dev/null", dir);
    CHECK(system(cmd) != 0);
    free(cmd);
    remove_dir(dir);
    free(dir);
}
