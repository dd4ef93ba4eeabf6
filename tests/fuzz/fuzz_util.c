/*
 * fuzz_util.c -- helpers shared by the harnesses (fuzz.h): discarding
 * sinks, a scratch folder for harnesses whose code under test wants a
 * path, and the invariant failure report.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"

void fuzz_discard(void *ud, const char *s, size_t n)
{
    (void)ud, (void)s, (void)n;
}

char *fuzz_no_input(void *ud, const char *prompt)
{
    (void)ud, (void)prompt;
    return NULL;
}

static char scratch[4096];

static void remove_scratch(void)
{
    fuzz_clear_dir(scratch);
    rmdir(scratch);
}

const char *fuzz_scratch_dir(void)
{
    if (scratch[0])
        return scratch;
    const char *tmp = getenv("TMPDIR");
    snprintf(scratch, sizeof scratch, "%s/pyscope-fuzz-XXXXXX",
             tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(scratch)) {
        perror("mkdtemp");
        abort();
    }
    atexit(remove_scratch);
    return scratch;
}

/* Remove the plain files of dir (the harnesses make no subfolders). */
void fuzz_clear_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    char path[8192];
    for (struct dirent *e; (e = readdir(d));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        unlink(path);
    }
    closedir(d);
}

char *fuzz_write_file(const char *dir, const char *name, const uint8_t *data,
                      size_t size)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *path = malloc(n);
    if (!path)
        return NULL;
    snprintf(path, n, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, size, f) != size) {
        if (f)
            fclose(f);
        free(path);
        return NULL;
    }
    fclose(f);
    return path;
}

void fuzz_fail(const char *file, int line, const char *what)
{
    fprintf(stderr, "%s:%d: invariant does not hold: %s\n", file, line, what);
    fflush(stderr);
    abort();
}
