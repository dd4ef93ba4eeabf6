/*
 * watch.c -- `pyscope learn --watch LESSON.lua`, for authors.
 *
 * Checks the lesson file as `pyscope check` would, prints the result,
 * then polls the file's modification time twice a second and checks it
 * again whenever it changes (editors that save by rename are fine: the
 * path is stat'ed afresh each time).  Ends with Ctrl-C.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "lesson_int.h"

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
    (void)sig;
    stop = 1;
}

/* The file's change stamp (mtime and size), 0 when it is missing. */
static long long stamp(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return 0;
    return (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec +
           st.st_size;
}

static void check_once(const char *path)
{
    char when[16];
    time_t now = time(NULL);
    strftime(when, sizeof when, "%H:%M:%S", localtime(&now));
    lesson_diag d = {0};
    lesson_check_path(path, &d);
    printf("\n[%s] %s: %s\n", when, path, d.n ? "problems found" : "all good");
    for (size_t i = 0; i < d.n; i++)
        printf("%s\n", d.msg[i]);
    fflush(stdout);
    lesson_diag_free(&d);
}

int lesson_cmd_watch(const char *lesson_file)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    printf("Watching %s (Ctrl-C to stop)\n", lesson_file);
    long long seen = -1;
    while (!stop) {
        long long now = stamp(lesson_file);
        if (now != seen) {
            seen = now;
            if (now == 0)
                printf("\n%s: missing (waiting for it to appear)\n",
                       lesson_file);
            else
                check_once(lesson_file);
            fflush(stdout);
        }
        usleep(500000);
    }
    return 0;
}
