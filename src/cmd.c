/*
 * cmd.c -- the commands of the pyscope binary.  Each parses its own
 * options and calls into the interpreter (py.h), the lesson engine
 * (lesson.h) or the screen (tui.h).
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "datadir.h"
#include "lesson.h"
#include "obs.h"
#include "py.h"
#include "tui.h"
#include <editline/readline.h>
#include <stdbool.h>
#include <sys/stat.h>

int cmd_not_implemented(const char *name)
{
    fprintf(stderr, "pyscope: '%s' is not implemented yet\n", name);
    return 2;
}

/* Read a whole file into a malloc'd buffer; NULL with errno set. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *nb = realloc(buf, cap *= 2);
        if (!nb)
            free(buf);
        buf = nb;
    }
    int err = ferror(f) ? errno : 0;
    fclose(f);
    if (err) {
        free(buf);
        errno = err;
        return NULL;
    }
    *len = n;
    return buf;
}

/* path made absolute as CPython 3.11 does for the main script's
 * __file__ and tracebacks (no symlink resolution; "." and ".."
 * segments folded).  malloc'd. */
static char *absolute_path(const char *path)
{
    char cwd[4096];
    size_t n = strlen(path);
    if (path[0] == '/' || !getcwd(cwd, sizeof cwd))
        return strdup(path);
    char *buf = malloc(strlen(cwd) + n + 2);
    if (!buf)
        return NULL;
    sprintf(buf, "%s/%s", cwd, path);
    char *out = buf, *seg = buf;
    while (*seg) {
        while (*seg == '/')
            seg++;
        char *end = strchr(seg, '/');
        size_t len = end ? (size_t)(end - seg) : strlen(seg);
        if (len == 1 && seg[0] == '.') {
        } else if (len == 2 && seg[0] == '.' && seg[1] == '.') {
            while (out > buf && *--out != '/')
                ;
        } else if (len) {
            *out++ = '/';
            memmove(out, seg, len);
            out += len;
        }
        seg += len;
    }
    if (out == buf)
        *out++ = '/';
    *out = '\0';
    return buf;
}

static void on_sigint(int sig)
{
    (void)sig;
    pyapi_interrupt();
}

static void catch_sigint(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

/* Run source like python3 runs a file: exit status 0, 1 after an
 * uncaught exception, 130 after KeyboardInterrupt, SystemExit's code. */
/* python3's -W options given to `pyscope run` (sys.warnoptions). */
static char **warnoptions;
static int nwarnoptions;

static int run_source(const char *src, size_t len, const char *filename,
                      int argc, char **argv)
{
    py_options opt = {0};
    opt.argc = argc;
    opt.argv = argv;
    opt.warnoptions = warnoptions;
    opt.nwarnoptions = nwarnoptions;
    /* sys.path[0]: the script's folder (filename is absolute), or "" */
    char *dir = filename[0] == '/' ? strdup(filename) : NULL;
    char *slash = dir ? strrchr(dir, '/') : NULL;
    if (slash)
        *(slash == dir ? slash + 1 : slash) = '\0';
    opt.path0 = dir;
    int started = pyapi_start(&opt);
    free(dir);
    if (started < 0) {
        fprintf(stderr, "pyscope: cannot start the interpreter\n");
        return 1;
    }
    catch_sigint();
    pyr_status st = pyapi_exec(src, len, filename);
    int status = st == PYR_OK ? 0 : pyapi_exit_status();
    pyapi_stop();
    fflush(stdout);
    return status;
}

static int open_failed(const char *path)
{
    fprintf(stderr, "pyscope: can't open file '%s': [Errno %d] %s\n", path,
            errno, strerror(errno));
    return 2;
}

#define MAX_WARNOPTIONS 64

/* Add one warning filter text (kept: it points into argv or into the
 * environment copy). */
static void add_warnoption(char *opt)
{
    static char *opts[MAX_WARNOPTIONS];
    warnoptions = opts;
    if (nwarnoptions < MAX_WARNOPTIONS)
        opts[nwarnoptions++] = opt;
}

/* PYTHONWARNINGS, as python3 reads it: comma-separated filters (empty
 * ones skipped), placed before the -W options. */
static void env_warnoptions(void)
{
    static char *copy;
    const char *e = getenv("PYTHONWARNINGS");
    if (!e || !*e || !(copy = strdup(e)))
        return;
    for (char *save = NULL, *t = strtok_r(copy, ",", &save); t;
         t = strtok_r(NULL, ",", &save))
        add_warnoption(t);
}

/* Take the -W ARG / -WARG options at the front of argv[1..] and return
 * how many argv entries they used, or -1 for a -W without argument. */
static int take_warnoptions(int argc, char **argv)
{
    int i = 1;
    env_warnoptions();
    while (i < argc && strncmp(argv[i], "-W", 2) == 0) {
        if (argv[i][2]) {
            add_warnoption(argv[i] + 2);
            i++;
        } else if (i + 1 < argc) {
            add_warnoption(argv[i + 1]);
            i += 2;
        } else {
            return -1;
        }
    }
    return i - 1;
}

int cmd_run(int argc, char **argv)
{
    int used = take_warnoptions(argc, argv);
    if (used < 0) {
        fprintf(stderr, "pyscope run: -W needs an argument (python3's -W: "
                        "action:message:category:module:lineno)\n");
        return 2;
    }
    argv[used] = argv[0];
    argc -= used;
    argv += used;
    if (argc >= 3 && strcmp(argv[1], "-c") == 0) {
        char *code = argv[2];
        argv[2] = "-c"; /* sys.argv is ['-c', ARGS...] as in python3 */
        return run_source(code, strlen(code), "<string>", argc - 2, argv + 2);
    }
    if (argc >= 2 && strcmp(argv[1], "--step") == 0)
        return tui_cmd_run_step(argc, argv);
    if (argc < 2 || argv[1][0] == '-') {
        fprintf(stderr, "usage: pyscope run [-W ARG] FILE.py [ARGS...] | "
                        "run [-W ARG] -c CODE | run --step FILE.py\n");
        return 2;
    }
    size_t len;
    char *src = read_file(argv[1], &len);
    if (!src)
        return open_failed(argv[1]);
    char *abs = absolute_path(argv[1]);
    int status = run_source(src, len, abs ? abs : argv[1], argc - 1, argv + 1);
    free(abs);
    free(src);
    return status;
}

int cmd_dis(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: pyscope dis FILE.py\n");
        return 2;
    }
    size_t len;
    char *src = read_file(argv[1], &len);
    if (!src)
        return open_failed(argv[1]);
    if (pyapi_start(NULL) < 0)
        return 1;
    pyr_status st = pyapi_dis(src, len, argv[1]);
    int status = st == PYR_OK ? 0 : pyapi_exit_status();
    pyapi_stop();
    free(src);
    return status;
}

int cmd_menu(int argc, char **argv)
{
    return tui_cmd_menu(argc, argv);
}

static bool has_flag(int argc, char **argv, const char *flag)
{
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], flag) == 0)
            return true;
    return false;
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A course given by path (a name with a '/', or a folder here) or by
 * name, looked up in the course folders of datadir.h.  Returns a malloc'd
 * path (NAME itself when nothing has it, for the error to name). */
static char *find_course(const char *name)
{
    if (is_dir(name) || strchr(name, '/'))
        return strdup(name);
    char *p = data_find("courses", name, "");
    return p ? p : strdup(name);
}

/* learn [COURSE] [--day N] --plain | --watch LESSON.lua */
static int learn_plain(int argc, char **argv)
{
    const char *course = "python";
    int day = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--day") == 0 && i + 1 < argc)
            day = atoi(argv[++i]);
        else if (argv[i][0] != '-')
            course = argv[i];
    }
    char *path = find_course(course);
    int r = lesson_cmd_learn_plain(path, day, NULL);
    free(path);
    return r;
}

int cmd_learn(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "--watch") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "usage: pyscope learn --watch LESSON.lua\n");
                return 2;
            }
            return lesson_cmd_watch(argv[i + 1]);
        }
    if (has_flag(argc, argv, "--plain"))
        return learn_plain(argc, argv);
    return tui_cmd_learn(argc, argv);
}

/* check [PATH...]: paths as given, course names looked up like learn's;
 * with none, every course folder pyscope would offer (datadir.h). */
int cmd_check(int argc, char **argv)
{
    data_dir dirs[DATA_DIRS_MAX];
    size_t nd = 0;
    char **args = calloc((size_t)argc + DATA_DIRS_MAX + 1, sizeof *args);
    if (!args)
        return 1;
    int n = 0;
    args[n++] = argv[0];
    for (int i = 1; i < argc; i++)
        args[n++] = argv[i][0] == '-' || access(argv[i], F_OK) == 0
                        ? strdup(argv[i])
                        : find_course(argv[i]);
    if (argc == 1) {
        nd = data_dirs("courses", dirs);
        for (size_t i = 0; i < nd; i++)
            args[n++] = strdup(dirs[i].path);
        if (nd == 0)
            args[n++] = strdup("courses");
    }
    int r = lesson_cmd_check(n, args);
    for (int i = 1; i < n; i++)
        free(args[i]);
    free(args);
    data_dirs_free(dirs, nd);
    return r;
}

/* The line-mode REPL: python3's prompts (">>> ", "... "), blocks ended
 * by an empty line, history through libedit when on a terminal. */
static char *repl_read(const char *prompt, bool tty)
{
    if (tty)
        return readline(prompt);
    fputs(prompt, stdout);
    fflush(stdout);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        return NULL;
    }
    if (n > 0 && line[n - 1] == '\n')
        line[n - 1] = '\0';
    return line;
}

static void buf_append(char **buf, size_t *len, const char *line)
{
    size_t n = strlen(line);
    char *b = realloc(*buf, *len + n + 2);
    if (!b)
        return;
    memcpy(b + *len, line, n);
    *len += n;
    b[(*len)++] = '\n';
    b[*len] = '\0';
    *buf = b;
}

/* The REPL's memory commands: `:stack`, `:heap [all|containers|ID]`,
 * `:gc`, `:areas` (the panes as lines), and `:refs X`, `:why X`,
 * `:graph X`, where X is a variable, an expression or an id.  True when
 * line was one. */
static bool repl_command(const char *line)
{
    static const char *const views[] = {":stack", ":heap", ":gc", ":areas"};
    for (size_t i = 0; i < sizeof views / sizeof views[0]; i++) {
        size_t n = strlen(views[i]);
        if (strncmp(line, views[i], n) != 0 || (line[n] && line[n] != ' '))
            continue;
        char *text =
            obs_view_text(views[i] + 1, line + n + strspn(line + n, " "));
        fputs(text ? text : "(out of memory)\n", stdout);
        free(text);
        return true;
    }
    static const struct {
        const char *name;
        obs_report what;
    } cmds[] = {{":refs", OBS_REPORT_REFS},
                {":why", OBS_REPORT_WHY},
                {":graph", OBS_REPORT_GRAPH}};
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
        size_t n = strlen(cmds[i].name);
        if (strncmp(line, cmds[i].name, n) != 0 || (line[n] && line[n] != ' '))
            continue;
        const char *arg = line + n + strspn(line + n, " ");
        if (!*arg) {
            printf("%s needs an object: a name, an expression or an id, "
                   "e.g. %s a\n",
                   cmds[i].name, cmds[i].name);
            return true;
        }
        uintptr_t id;
        char *err = NULL;
        if (pyapi_object_id(arg, &id, &err) != 0) {
            printf("%s: %s\n", cmds[i].name, err ? err : "no such object");
            free(err);
            return true;
        }
        char *text = obs_explain(id, cmds[i].what);
        fputs(text ? text : "(out of memory)\n", stdout);
        free(text);
        return true;
    }
    return false;
}

static int repl_plain(void)
{
    bool tty = isatty(0);
    if (pyapi_start(NULL) < 0)
        return 1;
    catch_sigint();
    printf("pyscope %s (Python 3.11 subset)\nType Ctrl-D to leave.\n",
           PYSCOPE_VERSION);
    char *buf = NULL;
    size_t len = 0;
    for (;;) {
        char *line = repl_read(len ? "... " : ">>> ", tty);
        if (!line)
            break;
        if (tty && *line)
            add_history(line);
        if (!len && line[0] == ':' && repl_command(line)) {
            free(line);
            continue;
        }
        bool blank = line[strspn(line, " \t")] == '\0';
        buf_append(&buf, &len, line);
        free(line);
        if (!buf || (pyapi_is_incomplete(buf, len) && !(blank && len > 1)) ||
            (len > 1 && !blank && strchr(buf, '\n') != buf + len - 1 &&
             (buf[0] == ' ' || strchr(buf, ':'))))
            continue;
        pyr_status st = pyapi_exec_single(buf, len);
        free(buf);
        buf = NULL;
        len = 0;
        fflush(stdout);
        if (st == PYR_EXIT)
            break;
    }
    free(buf);
    if (!tty)
        putchar('\n');
    int status = pyapi_exit_status();
    pyapi_stop();
    return status;
}

int cmd_repl(int argc, char **argv)
{
    if (has_flag(argc, argv, "--plain") || !isatty(0) || !isatty(1))
        return repl_plain();
    return tui_cmd_repl(argc, argv);
}
