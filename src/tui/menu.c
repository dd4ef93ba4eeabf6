/*
 * menu.c -- `pyscope` with no command: the course menu.  Lists the
 * courses found in the courses folder (when there are several), then the
 * days of the chosen one with progress marks (done, started, not yet) and,
 * first, a line to resume where the learner stopped.
 *
 * Folders: courses come from every folder datadir.h lists (an
 * instructor's own, the installed ones, the source tree's for the build
 * tree's binary); each is listed with where it comes from.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "datadir.h"
#include "tui_int.h"

/* ------------------------------------------------------------- items */

typedef struct item {
    char *label;
    char *path; /* course folder (course list) */
    int day;    /* day (day list); 0 with key = resume */
    char *key;
} item;

typedef struct menu {
    const char *title;
    item *v;
    size_t n, cap;
    int sel;
} menu;

static void add(menu *m, const char *label, const char *path, int day,
                const char *key)
{
    if (m->n == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 16;
        m->v = tui_xrealloc(m->v, m->cap * sizeof *m->v);
    }
    m->v[m->n++] = (item){tui_xstrdup(label), path ? tui_xstrdup(path) : NULL,
                          day, key ? tui_xstrdup(key) : NULL};
}

static void menu_free(menu *m)
{
    for (size_t i = 0; i < m->n; i++) {
        free(m->v[i].label);
        free(m->v[i].path);
        free(m->v[i].key);
    }
    free(m->v);
    memset(m, 0, sizeof *m);
}

static int by_path(const void *x, const void *y)
{
    return strcmp(((const item *)x)->path, ((const item *)y)->path);
}

/* Add the courses (folders with a course.lua) of dir, sorted, labelled
 * "NAME  (origin)". */
static void list_courses(menu *m, const char *dir, const char *origin)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[4096], file[4200], label[512];
    size_t first = m->n;
    while (d && (e = readdir(d)) != NULL) {
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        snprintf(file, sizeof file, "%s/course.lua", path);
        snprintf(label, sizeof label, "%-24s (%s)", e->d_name, origin);
        if (e->d_name[0] != '.' && access(file, R_OK) == 0)
            add(m, label, path, 0, NULL);
    }
    if (d)
        closedir(d);
    qsort(m->v + first, m->n - first, sizeof *m->v, by_path);
}

/* " ✓ Day 1  Memory management   12/12" */
static void add_day(menu *m, lesson_course *c, lesson_progress *p, lesson_t *l)
{
    size_t n = lesson_step_count(l), seen = 0;
    for (size_t i = 0; i < n; i++)
        seen += lesson_progress_status(p, lesson_course_id(c), lesson_day(l),
                                       lesson_step_key(lesson_step_at(l, i))) !=
                LESSON_UNSEEN;
    const char *mark = seen == 0 ? G.dot : seen == n ? G.check : G.half;
    char label[256];
    snprintf(label, sizeof label, "%s Day %-2d %s\t%zu/%zu", mark,
             lesson_day(l), lesson_title(l), seen, n);
    add(m, label, NULL, lesson_day(l), NULL);
}

static void list_days(menu *m, lesson_course *c, lesson_progress *p)
{
    int day;
    const char *key;
    char label[256];
    if (lesson_progress_position(p, lesson_course_id(c), &day, &key)) {
        snprintf(label, sizeof label, "%s Continue: day %d, %s", G.mark, day,
                 key);
        add(m, label, NULL, day, key);
    }
    for (size_t i = 0; i < lesson_course_count(c); i++)
        add_day(m, c, p, lesson_course_at(c, i));
}

/* ----------------------------------------------------------- drawing */

/* Columns of UTF-8 text s[0..n) (one per character: the titles and the
 * menu's marks are narrow). */
static int columns(const char *s, size_t n)
{
    int c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Draw "left<TAB>right": right at the right edge, left cut at a word
 * boundary with an ellipsis when it does not fit. */
static void put_label(WINDOW *win, int y, int x, int width, const char *label,
                      attr_t at)
{
    const char *tab = strchr(label, '\t');
    if (!tab) {
        screen_put(win, y, x, width, label, at);
        return;
    }
    const char *right = tab + 1;
    int rw = columns(right, strlen(right)), room = width - rw - 2;
    size_t n = (size_t)(tab - label);
    if (columns(label, n) > room) {
        while (n > 0 && columns(label, n) > room - 1)
            n--;
        size_t cut = n;
        while (cut > 0 && label[cut] != ' ')
            cut--;
        if (cut > (size_t)room / 2)
            n = cut;
        while (n > 0 && label[n - 1] == ' ')
            n--;
        int used = screen_putn(win, y, x, room, label, n, at);
        screen_put(win, y, x + used, width - used, G.ellipsis, at);
    } else {
        screen_putn(win, y, x, room, label, n, at);
    }
    screen_put(win, y, x + width - rw, rw, right, at);
}

static void draw(menu *m)
{
    if (screen_too_small()) {
        screen_draw_too_small();
        return;
    }
    werase(stdscr);
    int w = COLS > 100 ? 100 : COLS - 2, x0 = (COLS - w) / 2, h = (int)m->n + 4;
    if (h > LINES - 2)
        h = LINES - 2;
    WINDOW *win = newwin(h, w, (LINES - h) / 2, x0);
    wnoutrefresh(stdscr);
    if (!win)
        return;
    screen_box(win, m->title, true);
    int rows = h - 4, first = m->sel >= rows ? m->sel - rows + 1 : 0;
    for (int i = 0; i < rows && (size_t)(first + i) < m->n; i++) {
        bool sel = first + i == m->sel;
        if (sel)
            screen_fill(win, 2 + i, 1, w - 2, theme_attr(R_SELECT));
        put_label(win, 2 + i, 2, w - 4, m->v[first + i].label,
                  sel ? theme_attr(R_SELECT) : theme_attr(R_NORMAL));
    }
    wnoutrefresh(win);
    delwin(win);
    screen_fill(stdscr, LINES - 1, 0, COLS, theme_attr(R_STATUS));
    screen_put(stdscr, LINES - 1, 1, COLS - 2,
               "Up/Down choose  Enter open  t theme  q quit",
               theme_attr(R_STATUS));
    wnoutrefresh(stdscr);
    doupdate();
    screen_frame_done();
}

/* Let the learner pick an item; its index or -1 to quit. */
static int choose(tui_app *a, menu *m)
{
    for (;;) {
        draw(m);
        if (!a->first_frame_done) {
            a->first_frame_done = true;
            a->t_first_frame = screen_now_ms();
        }
        wint_t wc;
        int r = wget_wch(stdscr, &wc), k = (int)wc;
        if (r == ERR)
            continue;
        if (r == KEY_CODE_YES && k == KEY_UP && m->sel > 0)
            m->sel--;
        else if (r == KEY_CODE_YES && k == KEY_DOWN &&
                 (size_t)m->sel + 1 < m->n)
            m->sel++;
        else if ((r == KEY_CODE_YES && k == KEY_ENTER) ||
                 (r == OK && (k == '\r' || k == '\n')))
            return m->sel;
        else if (r == OK && k == 't')
            theme_cycle();
        else if (r == OK && (k == 'q' || k == KEY_CTRL('c') || k == KEY_ESC))
            return -1;
    }
}

static bool pick_course(tui_app *a, char **dir)
{
    data_dir dirs[DATA_DIRS_MAX];
    size_t nd = data_dirs("courses", dirs);
    menu m = {.title = "pyscope: choose a course"};
    for (size_t i = 0; i < nd; i++)
        list_courses(&m, dirs[i].path, dirs[i].origin);
    data_dirs_free(dirs, nd);
    int i = m.n == 1 ? 0 : m.n ? choose(a, &m) : -1;
    if (i >= 0)
        *dir = tui_xstrdup(m.v[i].path);
    menu_free(&m);
    return i >= 0;
}

bool menu_run(tui_app *a, char **course_dir, int *day, char **resume_key)
{
    if (!pick_course(a, course_dir)) {
        app_set_status(a, true, "no courses found");
        return false;
    }
    lesson_diag d = {0};
    lesson_course *c = lesson_course_load(*course_dir, &d);
    lesson_diag_free(&d);
    if (!c)
        return false;
    char *notice = NULL;
    lesson_progress *p = lesson_progress_open(NULL, &notice);
    free(notice);
    menu m = {.title = lesson_course_title(c)};
    list_days(&m, c, p);
    int i = choose(a, &m);
    if (i >= 0) {
        *day = m.v[i].day;
        *resume_key = m.v[i].key ? tui_xstrdup(m.v[i].key) : NULL;
    }
    menu_free(&m);
    lesson_progress_free(p);
    lesson_course_free(c);
    return i >= 0;
}
