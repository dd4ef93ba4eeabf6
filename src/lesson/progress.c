/*
 * progress.c -- the learner's progress, kept under $XDG_DATA_HOME/pyscope.
 *
 * One text file, progress.txt, shared by the line-mode front end and the
 * TUI.  Records are keyed by course id, lesson day and step key (the
 * step's id, else its title, else a hash of its question), so inserting
 * or reordering steps in a lesson does not scramble anyone's progress:
 *
 *     pyscope-progress 1
 *     pos   COURSE  DAY  KEY            where the learner is
 *     st    COURSE  DAY  KEY  STATUS    seen/correct/wrong/skipped/...
 *     code  COURSE  DAY  KEY  CODE      last code typed for an exercise
 *     end   N                           N records above: a complete file
 *
 * Fields are tab-separated with \t \n \r \\ escaped.  Saving writes a
 * temporary file, fsyncs it, renames it over the old one and fsyncs the
 * folder, so a kill -9 at any moment leaves either the old or the new
 * file.  A file that does not parse is moved aside to
 * progress.txt.damaged-DATE (named in a notice), never dropped.
 *
 * Test hook: PYSCOPE_FAIL_SAVE=open|write|fsync|rename makes that step
 * of every save fail with ENOSPC (a write writes half, then fails), as a
 * full disk would; tests/unit/test_lesson_progress.c drills each one,
 * and a real full tmpfs where the system lets a test mount one.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "lesson_int.h"

#define FILE_NAME "progress.txt"
#define MAGIC     "pyscope-progress 1"

typedef struct record {
    char *course, *key; /* key NULL: a position record (pos) */
    int day;
    lesson_status status;
    char *code;
    char *pos_key; /* pos records: the step */
} record;

struct lesson_progress {
    char *dir, *file;
    record *r;
    size_t n, cap;
};

static const char *const status_names[] = {
    "unseen", "seen", "correct", "wrong", "skipped", "self-yes", "self-no"};

/* ------------------------------------------------------------ records */

static record *find(const lesson_progress *p, const char *course, int day,
                    const char *key)
{
    for (size_t i = 0; i < p->n; i++) {
        record *r = &p->r[i];
        if (strcmp(r->course, course) != 0)
            continue;
        if (!key && !r->key)
            return r;
        if (key && r->key && r->day == day && strcmp(r->key, key) == 0)
            return r;
    }
    return NULL;
}

static record *get(lesson_progress *p, const char *course, int day,
                   const char *key)
{
    record *r = find(p, course, day, key);
    if (r)
        return r;
    if (p->n == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 16;
        p->r = xrealloc(p->r, p->cap * sizeof *p->r);
    }
    r = &p->r[p->n++];
    memset(r, 0, sizeof *r);
    r->course = xstrdup(course);
    r->key = xstrdup(key);
    r->day = day;
    return r;
}

static void record_free(record *r)
{
    free(r->course);
    free(r->key);
    free(r->code);
    free(r->pos_key);
}

lesson_status lesson_progress_status(const lesson_progress *p,
                                     const char *course, int day,
                                     const char *key)
{
    record *r = find(p, course, day, key);
    return r ? r->status : LESSON_UNSEEN;
}

void lesson_progress_set_status(lesson_progress *p, const char *course, int day,
                                const char *key, lesson_status st)
{
    get(p, course, day, key)->status = st;
}

const char *lesson_progress_code(const lesson_progress *p, const char *course,
                                 int day, const char *key)
{
    record *r = find(p, course, day, key);
    return r ? r->code : NULL;
}

void lesson_progress_set_code(lesson_progress *p, const char *course, int day,
                              const char *key, const char *code)
{
    record *r = get(p, course, day, key);
    free(r->code);
    r->code = xstrdup(code);
}

bool lesson_progress_position(const lesson_progress *p, const char *course,
                              int *day, const char **key)
{
    record *r = find(p, course, 0, NULL);
    if (!r)
        return false;
    *day = r->day;
    *key = r->pos_key;
    return true;
}

void lesson_progress_set_position(lesson_progress *p, const char *course,
                                  int day, const char *key)
{
    record *r = get(p, course, 0, NULL);
    r->day = day;
    free(r->pos_key);
    r->pos_key = xstrdup(key);
}

void lesson_progress_reset(lesson_progress *p, const char *course)
{
    size_t k = 0;
    for (size_t i = 0; i < p->n; i++) {
        if (!course || strcmp(p->r[i].course, course) == 0)
            record_free(&p->r[i]);
        else
            p->r[k++] = p->r[i];
    }
    p->n = k;
}

/* ------------------------------------------------------------ writing */

static void put_field(sbuf *b, const char *s)
{
    sbuf_add(b, "\t", 1);
    for (; *s; s++) {
        switch (*s) {
        case '\t':
            sbuf_adds(b, "\\t");
            break;
        case '\n':
            sbuf_adds(b, "\\n");
            break;
        case '\r':
            sbuf_adds(b, "\\r");
            break;
        case '\\':
            sbuf_adds(b, "\\\\");
            break;
        default:
            sbuf_add(b, s, 1);
        }
    }
}

static size_t put_record(sbuf *b, const record *r)
{
    char day[16];
    snprintf(day, sizeof day, "%d", r->day);
    size_t n = 0;
    const char *kinds[] = {"pos", "st", "code"};
    for (int k = 0; k < 3; k++) {
        if ((k == 0) != !r->key || (k == 1 && !r->status) ||
            (k == 2 && !r->code))
            continue;
        sbuf_adds(b, kinds[k]);
        put_field(b, r->course);
        put_field(b, day);
        put_field(b, r->key ? r->key : r->pos_key ? r->pos_key : "");
        if (k == 1)
            put_field(b, status_names[r->status]);
        if (k == 2)
            put_field(b, r->code);
        sbuf_add(b, "\n", 1);
        n++;
    }
    return n;
}

static char *serialize(const lesson_progress *p)
{
    sbuf b = {0};
    sbuf_adds(&b, MAGIC "\n");
    size_t n = 0;
    for (size_t i = 0; i < p->n; i++)
        n += put_record(&b, &p->r[i]);
    sbuf_printf(&b, "end\t%zu\n", n);
    return sbuf_take(&b);
}

static int mkdir_p(const char *dir)
{
    char *d = xstrdup(dir);
    for (char *s = d + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        if (mkdir(d, 0700) != 0 && errno != EEXIST) {
            free(d);
            return -1;
        }
        *s = '/';
    }
    int r = mkdir(d, 0700) != 0 && errno != EEXIST ? -1 : 0;
    free(d);
    return r;
}

/* Whether the test hook makes step fail now (errno set to ENOSPC). */
static bool injected(const char *step)
{
    const char *f = getenv("PYSCOPE_FAIL_SAVE");
    if (!f || strcmp(f, step) != 0)
        return false;
    errno = ENOSPC;
    return true;
}

static int write_all(int fd, const char *s, size_t n)
{
    bool fill = injected("write"); /* a disk that fills up half way */
    if (fill)
        n /= 2;
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w == 0)
            errno = ENOSPC;
        if (w <= 0)
            return -1;
        s += w, n -= (size_t)w;
    }
    if (fill)
        errno = ENOSPC;
    return fill ? -1 : 0;
}

static void sync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

/* Write the file anew: 0, or -1 with errno saying why (the old file is
 * then untouched and no temporary file is left behind). */
int lesson_progress_save(lesson_progress *p)
{
    if (mkdir_p(p->dir) != 0)
        return -1;
    char *tmp = xasprintf("%s.tmp.%ld", p->file, (long)getpid());
    char *text = serialize(p);
    int fd = injected("open")
                 ? -1
                 : open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    int r = fd < 0 ? -1 : write_all(fd, text, strlen(text));
    if (r == 0)
        r = injected("fsync") ? -1 : fsync(fd);
    int saved = errno;
    if (fd >= 0 && close(fd) != 0 && r == 0) {
        r = -1;
        saved = errno;
    }
    if (r == 0) {
        r = injected("rename") ? -1 : rename(tmp, p->file);
        saved = errno;
    }
    if (r != 0)
        unlink(tmp);
    else
        sync_dir(p->dir);
    free(tmp);
    free(text);
    errno = saved;
    return r;
}

/* ------------------------------------------------------------ reading */

/* Split an escaped line into up to max fields (in place). */
static int split(char *line, char **f, int max)
{
    int n = 0;
    char *w = line;
    f[n++] = w;
    for (char *s = line; *s; s++) {
        if (*s == '\t') {
            *w++ = '\0';
            if (n == max)
                return -1;
            f[n++] = w;
        } else if (*s == '\\') {
            s++;
            char c = *s == 't'    ? '\t'
                     : *s == 'n'  ? '\n'
                     : *s == 'r'  ? '\r'
                     : *s == '\\' ? '\\'
                                  : 0;
            if (!c)
                return -1;
            *w++ = c;
        } else {
            *w++ = *s;
        }
    }
    *w = '\0';
    return n;
}

static int parse_status(const char *s)
{
    for (int i = 0; i < (int)(sizeof status_names / sizeof *status_names); i++)
        if (strcmp(s, status_names[i]) == 0)
            return i;
    return -1;
}

/* Apply one record line; a reason on failure. */
static const char *apply(lesson_progress *p, char **f, int n)
{
    char *end;
    long day = n >= 3 ? strtol(f[2], &end, 10) : 0;
    /* A day beyond int would be saved as another number (fuzz_files). */
    if (n < 4 || *end || day < 0 || day > INT_MAX)
        return "malformed record";
    if (strcmp(f[0], "pos") == 0 && n == 4) {
        lesson_progress_set_position(p, f[1], (int)day, f[3]);
    } else if (strcmp(f[0], "st") == 0 && n == 5) {
        int st = parse_status(f[4]);
        if (st < 0)
            return "unknown status";
        lesson_progress_set_status(p, f[1], (int)day, f[3], (lesson_status)st);
    } else if (strcmp(f[0], "code") == 0 && n == 5) {
        lesson_progress_set_code(p, f[1], (int)day, f[3], f[4]);
    } else {
        return "unknown record";
    }
    return NULL;
}

/* Parse text into p: NULL, or why it is damaged (*line set). */
static const char *parse(lesson_progress *p, char *text, int *lineno)
{
    char *save = NULL;
    char *line = strtok_r(text, "\n", &save);
    *lineno = 1;
    if (!line || strcmp(line, MAGIC) != 0)
        return "not a pyscope progress file";
    long count = 0;
    while ((line = strtok_r(NULL, "\n", &save))) {
        ++*lineno;
        char *f[6];
        int n = split(line, f, 6);
        if (n == 2 && strcmp(f[0], "end") == 0)
            return atol(f[1]) == count && !strtok_r(NULL, "\n", &save)
                       ? NULL
                       : "record count mismatch";
        const char *why = n < 0 ? "bad escape" : apply(p, f, n);
        if (why)
            return why;
        count++;
    }
    return "truncated (no end line)";
}

/* Move a damaged file aside; the notice names where it went. */
static char *set_aside(const char *file, int line, const char *why)
{
    char stamp[32];
    time_t now = time(NULL);
    strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", localtime(&now));
    char *dest = xasprintf("%s.damaged-%s", file, stamp);
    for (int i = 2; access(dest, F_OK) == 0; i++) {
        free(dest);
        dest = xasprintf("%s.damaged-%s-%d", file, stamp, i);
    }
    char *notice;
    if (rename(file, dest) == 0)
        notice = xasprintf("pyscope: your progress file was damaged (line %d: "
                           "%s); it was moved "
                           "to %s and progress starts afresh",
                           line, why, dest);
    else
        notice = xasprintf(
            "pyscope: your progress file %s is damaged (line %d: %s) and could "
            "not be moved aside (%s); it will be replaced on the next save",
            file, line, why, strerror(errno));
    free(dest);
    return notice;
}

/* Leftover temporary files of processes that died while saving. */
static void remove_stale_temps(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    size_t pl = strlen(FILE_NAME ".tmp.");
    while ((e = readdir(d))) {
        if (strncmp(e->d_name, FILE_NAME ".tmp.", pl) != 0)
            continue;
        long pid = atol(e->d_name + pl);
        if (pid > 0 && kill((pid_t)pid, 0) != 0 && errno == ESRCH) {
            char *f = xasprintf("%s/%s", dir, e->d_name);
            unlink(f);
            free(f);
        }
    }
    closedir(d);
}

static char *default_dir(void)
{
    const char *x = getenv("XDG_DATA_HOME");
    if (x && x[0] == '/')
        return xasprintf("%s/pyscope", x);
    const char *home = getenv("HOME");
    return xasprintf("%s/.local/share/pyscope", home && *home ? home : ".");
}

static void clear(lesson_progress *p)
{
    for (size_t i = 0; i < p->n; i++)
        record_free(&p->r[i]);
    p->n = 0;
}

lesson_progress *lesson_progress_open(const char *data_dir, char **notice)
{
    lesson_progress *p = xmalloc(sizeof *p);
    memset(p, 0, sizeof *p);
    p->dir = data_dir ? xstrdup(data_dir) : default_dir();
    p->file = xasprintf("%s/%s", p->dir, FILE_NAME);
    *notice = NULL;
    remove_stale_temps(p->dir);
    char *text = lesson_read_file(p->file, NULL);
    if (!text)
        return p; /* no progress yet */
    int line;
    const char *why = parse(p, text, &line);
    if (why) {
        clear(p);
        *notice = set_aside(p->file, line, why);
    }
    free(text);
    return p;
}

void lesson_progress_free(lesson_progress *p)
{
    if (!p)
        return;
    clear(p);
    free(p->r);
    free(p->dir);
    free(p->file);
    free(p);
}

const char *lesson_progress_dir(const lesson_progress *p)
{
    return p->dir;
}
