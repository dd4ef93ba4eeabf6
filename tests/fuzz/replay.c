/*
 * replay.c -- a plain main() for the harnesses, without libFuzzer.
 *
 *     replay_TARGET FILE|DIR...
 *
 * Feeds each file (each file of each folder, in name order) to
 * LLVMFuzzerTestOneInput once, printing its name first, so the
 * checked-in corpus and crash reproducers run as regression tests in
 * the normal (gcc) and sanitizer builds too.  Exit status 0 when every
 * input ran; a crash or a failed invariant aborts as under libFuzzer.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return -1;
    }
    uint8_t *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (n == cap) {
            cap = cap ? 2 * cap : 4096;
            buf = realloc(buf, cap);
            if (!buf)
                abort();
        }
        size_t k = fread(buf + n, 1, cap - n, f);
        if (k == 0)
            break;
        n += k;
    }
    fclose(f);
    /* An exact-size copy, as libFuzzer gives: overreads are caught. */
    uint8_t *data = malloc(n ? n : 1);
    memcpy(data, buf, n);
    free(buf);
    printf("%s\n", path);
    fflush(stdout);
    LLVMFuzzerTestOneInput(data, n);
    free(data);
    return 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

static int run_dir(const char *dir)
{
    struct dirent **names;
    int n = scandir(dir, &names, NULL, by_name), rc = 0;
    if (n < 0) {
        perror(dir);
        return -1;
    }
    for (int i = 0; i < n; i++) {
        if (names[i]->d_name[0] != '.') {
            size_t len = strlen(dir) + strlen(names[i]->d_name) + 2;
            char *path = malloc(len);
            snprintf(path, len, "%s/%s", dir, names[i]->d_name);
            if (run_file(path) < 0)
                rc = -1;
            free(path);
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

int main(int argc, char **argv)
{
    int rc = 0;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
            rc |= run_dir(argv[i]) < 0;
        else
            rc |= run_file(argv[i]) < 0;
    }
    return rc;
}
