/*
 * tui_bench.c -- speed of the screen (a benchmark, not a timed test).
 *
 *   tui_bench [OBJECTS [FRAMES [REPS [COLS ROWS]]]]   (10000 50 200 200 60)
 *
 * Two parts, both with OBJECTS heap objects and FRAMES Python frames:
 *
 * 1. In process (src/tui/bench.c): at the innermost line, from inside
 *    the trace callback like a real pause, the snapshot, a frame, a step
 *    (snapshot + frame) under each heap filter and a key plus redraw,
 *    drawn into an off-screen terminal of COLS x ROWS.
 *
 * 2. End to end: the real pyscope binary (next to this program, or
 *    $PYSCOPE_BIN) in a pseudo-terminal of COLS x ROWS.  The binary
 *    reports the time of every frame it writes on the descriptor named
 *    by PYSCOPE_FRAME_FD (screen.c), so the figures are: fork to the
 *    first frame written (run --step, repl, learn), and a key written to
 *    the terminal to the frame that answers it (n while paused at depth
 *    FRAMES with OBJECTS objects; -> in a lesson).  Median and worst of
 *    REPS keys (at most 50).
 *
 * Budgets (the issue): a frame <= 5 ms, keypress to update <= 16 ms,
 * start to first frame <= 50 ms.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "tui.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* ------------------------------------------------------------ child */

typedef struct child {
    pid_t pid;
    int pty, frames; /* terminal master; read end of the frame times */
    char buf[4096];
    size_t n;
    double t0; /* just before fork */
} child;

static char bin[PATH_MAX], datadir[64] = "/tmp/pyscope-bench-XXXXXX";
static int rows = 60, cols = 200;

static int spawn(child *c, char *const argv[])
{
    int p[2];
    struct winsize ws = {.ws_row = (unsigned short)rows,
                         .ws_col = (unsigned short)cols};
    if (pipe(p) < 0)
        return -1;
    memset(c, 0, sizeof *c);
    c->t0 = now_ms();
    c->pid = forkpty(&c->pty, NULL, NULL, &ws);
    if (c->pid < 0)
        return -1;
    if (c->pid == 0) {
        char fd[16];
        close(p[0]);
        snprintf(fd, sizeof fd, "%d", p[1]);
        setenv("PYSCOPE_FRAME_FD", fd, 1);
        setenv("TERM", "xterm-256color", 1);
        setenv("EDITRC", "/dev/null", 1);
        setenv("XDG_DATA_HOME", datadir, 1);
        unsetenv("NO_COLOR");
        execv(bin, argv);
        _exit(127);
    }
    close(p[1]);
    c->frames = p[0];
    return 0;
}

/* Time of the next frame the program writes (draining its terminal
 * meanwhile), or -1 after timeout_ms without one. */
static double next_frame(child *c, int timeout_ms)
{
    double end = now_ms() + timeout_ms;
    for (;;) {
        char *nl = memchr(c->buf, '\n', c->n);
        if (nl) {
            double t = atof(c->buf);
            c->n -= (size_t)(nl + 1 - c->buf);
            memmove(c->buf, nl + 1, c->n);
            return t;
        }
        int left = (int)(end - now_ms());
        if (left <= 0)
            return -1;
        struct pollfd pf[2] = {{c->pty, POLLIN, 0}, {c->frames, POLLIN, 0}};
        if (poll(pf, 2, left) <= 0)
            continue;
        char junk[1 << 16];
        if (pf[0].revents & POLLIN && read(c->pty, junk, sizeof junk) < 0)
            return -1;
        if (pf[1].revents & (POLLIN | POLLHUP)) {
            ssize_t k =
                read(c->frames, c->buf + c->n, sizeof c->buf - c->n - 1);
            if (k <= 0)
                return -1;
            c->n += (size_t)k;
        }
    }
}

/* Let the program finish what it draws: no frame for quiet_ms, or 2 s
 * at most (a running program redraws its panes ten times a second). */
static void settle(child *c, int quiet_ms)
{
    double end = now_ms() + 2000;
    while (next_frame(c, quiet_ms) >= 0 && now_ms() < end)
        ;
}

static void send_keys(child *c, const char *keys)
{
    if (write(c->pty, keys, strlen(keys)) < 0)
        perror("write");
}

static int by_value(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return a < b ? -1 : a > b;
}

/* keys -> the frame answering them, n times: median and worst. */
static void time_key(child *c, const char *keys, int n, const char *label)
{
    double t[50];
    int k = 0;
    for (int i = 0; i < n && i < 50; i++) {
        settle(c, 30);
        double t0 = now_ms();
        send_keys(c, keys);
        double f = next_frame(c, 5000);
        if (f < 0)
            break;
        t[k++] = f - t0;
    }
    if (k == 0) {
        printf("%-44s no frame\n", label);
        return;
    }
    qsort(t, (size_t)k, sizeof *t, by_value);
    printf("%-44s %8.3f ms median, %.3f worst (%d keys)\n", label, t[k / 2],
           t[k - 1], k);
}

static void finish(child *c)
{
    send_keys(c, "q");
    double end = now_ms() + 3000;
    int st;
    while (waitpid(c->pid, &st, WNOHANG) == 0 && now_ms() < end)
        next_frame(c, 20);
    if (waitpid(c->pid, &st, WNOHANG) == 0) {
        kill(c->pid, SIGKILL);
        waitpid(c->pid, &st, 0);
    }
    close(c->pty);
    close(c->frames);
}

static void first_frame(child *c, const char *label)
{
    double f = next_frame(c, 5000);
    if (f < 0)
        printf("%-44s no frame\n", label);
    else
        printf("%-44s %8.3f ms\n", label, f - c->t0);
}

/* ------------------------------------------------------------ runs */

static int write_program(const char *path, int objects, int frames)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fprintf(f,
            "objs = [[i] for i in range(%d)]\n"
            "def f(n):\n"
            "    if n == 0:\n"
            "        while True:\n"
            "            pass\n"
            "    return f(n - 1)\n"
            "f(%d)\n",
            objects / 2, frames - 1);
    return fclose(f);
}

/* run --step on the big program: first frame, then c, a pause inside
 * the innermost frame (space) and n steps there. */
static void end_to_end_step(int objects, int frames, int reps)
{
    char prog[128];
    child c;
    snprintf(prog, sizeof prog, "%s/heap.py", datadir);
    if (write_program(prog, objects, frames) < 0 ||
        spawn(&c, (char *[]){bin, "run", "--step", prog, NULL}) < 0)
        return;
    first_frame(&c, "start to first frame (run --step)");
    settle(&c, 100);
    send_keys(&c, "c");
    settle(&c, 300);
    send_keys(&c, " ");
    settle(&c, 300);
    char label[96];
    snprintf(label, sizeof label, "key n to update (%d objects, %d frames)",
             objects, frames);
    time_key(&c, "n", reps, label);
    time_key(&c, "f", reps, "key f (heap filter) to update");
    finish(&c);
}

static void end_to_end_other(int reps)
{
    child c;
    if (spawn(&c, (char *[]){bin, "repl", NULL}) == 0) {
        first_frame(&c, "start to first frame (repl)");
        settle(&c, 100);
        time_key(&c, "x", reps, "key typed at the prompt to update");
        finish(&c);
    }
    if (spawn(&c, (char *[]){bin, "learn", "python", "--day", "1", NULL}) ==
        0) {
        first_frame(&c, "start to first frame (learn --day 1)");
        settle(&c, 100);
        time_key(&c, "\033[C", 1, "key -> to next step (learn)");
        finish(&c);
    }
    if (spawn(&c, (char *[]){bin, NULL}) == 0) {
        first_frame(&c, "start to first frame (course menu)");
        finish(&c);
    }
}

static void find_binary(const char *argv0)
{
    const char *env = getenv("PYSCOPE_BIN");
    char self[PATH_MAX - 16];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (env)
        snprintf(bin, sizeof bin, "%s", env);
    else if (n > 0) {
        self[n] = '\0';
        *strrchr(self, '/') = '\0';
        snprintf(bin, sizeof bin, "%s/pyscope", self);
    } else
        snprintf(bin, sizeof bin, "%s", argv0);
}

int main(int argc, char **argv)
{
    int objects = argc > 1 ? atoi(argv[1]) : 10000;
    int frames = argc > 2 ? atoi(argv[2]) : 50;
    int reps = argc > 3 ? atoi(argv[3]) : 200;
    cols = argc > 5 ? atoi(argv[4]) : 200;
    rows = argc > 5 ? atoi(argv[5]) : 60;
    printf("== in process (src/tui/bench.c)\n");
    fflush(stdout);
    int rc = tui_bench(objects, frames, reps, cols, rows);
    find_binary(argv[0]);
    if (access(bin, X_OK) != 0 || !mkdtemp(datadir)) {
        fprintf(stderr, "tui_bench: no pyscope binary at %s\n", bin);
        return 1;
    }
    printf("== end to end (%s, %dx%d pseudo-terminal)\n", bin, cols, rows);
    fflush(stdout);
    end_to_end_step(objects, frames, reps > 50 ? 50 : reps);
    end_to_end_other(reps > 20 ? 20 : reps);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", datadir);
    return system(cmd) == 0 ? rc : 1;
}
