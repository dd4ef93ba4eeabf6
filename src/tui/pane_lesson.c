/*
 * pane_lesson.c -- learn mode: the lesson pane (the step's text with its
 * light markup, quizzes, predictions, reflections and exercises) and the
 * learner's moves through a course, graded by the lesson engine and kept
 * in the same progress file as line mode.
 *
 * Steps with code put it in the code pane and run it stepped (pausing at
 * its first line); a prediction runs once it is answered.  Exercises are
 * typed into the prompt line by line, as in line mode: the code pane shows
 * what was typed, `:run` (or a lone `.`) checks it; `:hint`, `:reset`,
 * `:undo`, `:solution` (after a try), `:step` (step through it).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "datadir.h"
#include "tui_int.h"

/* ------------------------------------------------------------ writer */

/* Word-wrapped text into the pane, counting content rows so the pane can
 * scroll; only rows in view are drawn. */
typedef struct writer {
    pane *p;
    int row, x, width;
} writer;

static int cols_of(const char *s, size_t n)
{
    int c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static void wr_newline(writer *w)
{
    w->row++;
    w->x = 0;
}

static void wr_piece(writer *w, const char *s, size_t n, attr_t a)
{
    int c = cols_of(s, n);
    if (w->x > 0 && w->x + c > w->width)
        wr_newline(w);
    int y = 1 + w->row - w->p->scroll;
    if (w->row >= w->p->scroll && y < w->p->h - 1)
        screen_putn(w->p->win, y, 1 + w->x, w->width - w->x, s, n, a);
    w->x += c;
}

/* A line break in the source text: a blank line is a paragraph, a line
 * starting a list item or indented keeps its break, others join. */
static void wr_break(writer *w, const char *next)
{
    if (*next == '\n') {
        wr_newline(w);
        wr_newline(w);
    } else if ((next[0] == '-' && next[1] == ' ') || next[0] == ' ' ||
               (next[0] >= '0' && next[0] <= '9' && next[1] == '.'))
        wr_newline(w);
    else if (w->x > 0)
        wr_piece(w, " ", 1, 0);
}

static void wr_text(writer *w, const char *s, size_t n, attr_t a)
{
    size_t i = 0;
    while (i < n) {
        if (s[i] == '\n') {
            size_t j = i + 1;
            while (j < n && s[j] == '\n')
                j++;
            wr_break(w, j > i + 1 ? "\n" : s + j);
            i = j;
            continue;
        }
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != '\n')
            j++;
        if (j > i)
            wr_piece(w, s + i, j - i, a);
        if (j < n && s[j] == ' ') {
            if (w->x > 0 && w->x < w->width)
                wr_piece(w, " ", 1, a);
            j++;
        }
        i = j;
    }
}

static const tui_role span_roles[] = {R_NORMAL, R_EMPH, R_TITLE, R_CODE};

static bool is_item(const char *line)
{
    return (line[0] == '-' && line[1] == ' ') ||
           (line[0] == '*' && line[1] == ' ') ||
           (line[0] >= '0' && line[0] <= '9' && line[1] == '.');
}

/* Join the lines of each paragraph and list item (a copy), so markup
 * written across a line break of the lesson source ("*Memory\n
 * management*") is still one span.  Blank lines, list items and
 * indented lines that do not continue an item keep their breaks. */
static char *reflow(const char *text)
{
    char *t = tui_xmalloc(strlen(text) + 1), *o = t;
    const char *line = text;
    bool item = is_item(text);
    for (const char *p = text; *p; p++) {
        if (*p != '\n') {
            *o++ = *p;
            continue;
        }
        const char *next = p + 1;
        bool cont = *next == ' ' && item;
        bool join = p > line && *next && *next != '\n' && !is_item(next) &&
                    (cont || *next != ' ');
        *o++ = join ? ' ' : '\n';
        if (join)
            while (p[1] == ' ')
                p++;
        else {
            line = next;
            item = is_item(next);
        }
    }
    *o = '\0';
    return t;
}

/* Text with markup; plain spans take the base role. */
static void wr_markup_as(writer *w, const char *text, tui_role base)
{
    if (!text)
        return;
    char *flow = reflow(text);
    const char *p = flow, *start;
    lesson_span_kind k;
    size_t n;
    while (lesson_markup_next(&p, &k, &start, &n))
        wr_text(w, start, n,
                theme_attr(k == LESSON_SPAN_PLAIN ? base : span_roles[k]));
    free(flow);
}

static void wr_markup(writer *w, const char *text)
{
    wr_markup_as(w, text, R_NORMAL);
}

/* A paragraph of lesson text (with markup) in a role; R_CODE keeps the
 * text as it is (solutions). */
static void wr_para(writer *w, const char *text, tui_role r)
{
    if (w->x > 0)
        wr_newline(w);
    if (r == R_CODE) {
        for (const char *p = text; *p;) {
            size_t n = strcspn(p, "\n");
            wr_piece(w, p, n, theme_attr(r));
            wr_newline(w);
            p += n + (p[n] == '\n');
        }
    } else
        wr_markup_as(w, text, r);
    wr_newline(w);
}

static bool follow_end; /* show the end of the pane: an answer was given */

/* ------------------------------------------------------------ drawing */

static const lesson_step *cur_step(tui_app *a)
{
    return a->lesson ? lesson_step_at(a->lesson, a->step) : NULL;
}

static void draw_choices(writer *w, tui_app *a, const lesson_step *s)
{
    for (size_t i = 0; i < lesson_step_choice_count(s); i++) {
        char buf[512];
        bool picked = a->choice == (int)i + 1,
             right = lesson_step_answer(s) == (int)i + 1;
        snprintf(buf, sizeof buf, "%zu. %s", i + 1, lesson_step_choice(s, i));
        tui_role r = !a->answered ? R_NORMAL
                     : right      ? R_GOOD
                     : picked     ? R_ERROR
                                  : R_HINT;
        wr_para(w, buf, r);
    }
}

static void draw_feedback(writer *w, tui_app *a, const lesson_step *s)
{
    if (a->feedback)
        wr_para(w, a->feedback, a->feedback_ok ? R_GOOD : R_ERROR);
    if (a->answered && lesson_step_explain(s))
        wr_para(w, lesson_step_explain(s), R_NORMAL);
}

static void draw_exercise(writer *w, tui_app *a, const lesson_step *s)
{
    wr_para(w, lesson_step_task(s), R_NORMAL);
    for (size_t i = 0; i < a->hints_shown && i < lesson_step_hint_count(s);
         i++) {
        char buf[1024];
        snprintf(buf, sizeof buf, "Hint %zu: %s", i + 1,
                 lesson_step_hint(s, i));
        wr_para(w, buf, R_HINT);
    }
    draw_feedback(w, a, s);
    if (a->revealed && lesson_step_solution(s)) {
        wr_para(w, "Solution:", R_TITLE);
        wr_para(w, lesson_step_solution(s), R_CODE);
    }
    wr_para(w,
            "Type code at the prompt; :run checks it, :hint, :reset, :clear, "
            ":undo, :step.",
            R_HINT);
}

static void draw_kind(writer *w, tui_app *a, const lesson_step *s)
{
    lesson_kind k = lesson_step_kind(s);
    if (lesson_step_question(s) && k != LESSON_EXERCISE)
        wr_para(w, lesson_step_question(s), R_EMPH);
    switch (k) {
    case LESSON_STEP:
        if (lesson_step_code(s))
            wr_para(w,
                    "n steps the code, c runs it, b steps back, r restarts; -> "
                    "next.",
                    R_HINT);
        break;
    case LESSON_QUIZ:
    case LESSON_PREDICT:
        draw_choices(w, a, s);
        if (!a->answered)
            wr_para(w,
                    lesson_step_choice_count(s)
                        ? "Answer with a number key."
                        : "Type your prediction at the prompt.",
                    R_HINT);
        if (k == LESSON_PREDICT && a->answered && lesson_step_answer_text(s)) {
            char buf[512];
            snprintf(buf, sizeof buf, "Answer: %s", lesson_step_answer_text(s));
            wr_para(w, buf, R_TITLE);
        }
        draw_feedback(w, a, s);
        break;
    case LESSON_REFLECT:
        if (a->revealed) {
            wr_para(w, "Model answer:", R_TITLE);
            wr_para(w, lesson_step_model_answer(s), R_NORMAL);
            wr_para(w,
                    a->answered ? "Marked."
                                : "Did you cover it? y yes / n not quite",
                    R_HINT);
        } else
            wr_para(w, "Write your answer at the prompt.", R_HINT);
        break;
    case LESSON_EXERCISE:
        draw_exercise(w, a, s);
        break;
    }
}

/* Lay out the step from p->scroll on; returns its rows of content.
 * With p->scroll past the end nothing is drawn: a measuring pass. */
static int render(pane *p, tui_app *a, const lesson_step *s)
{
    writer w = {p, 0, 0, p->w - 2};
    if (lesson_step_title(s)) {
        wr_para(&w, lesson_step_title(s), R_TITLE);
        wr_newline(&w);
    }
    if (lesson_step_text(s)) {
        wr_markup(&w, lesson_step_text(s));
        wr_newline(&w);
    }
    draw_kind(&w, a, s);
    return w.row + 1;
}

/* "more" on the border where the step's text goes on past the pane. */
static void more_marks(pane *p, int rows)
{
    bool ascii = strcmp(G.h, "-") == 0;
    attr_t at = theme_attr(R_HINT) | A_BOLD;
    if (p->scroll + (p->h - 2) < rows) {
        const char *m = ascii ? " more v " : " more \xe2\x86\x93 ";
        screen_put(p->win, p->h - 1, p->w - 10, 9, m, at);
    }
    if (p->scroll > 0) {
        const char *m = ascii ? " ^ more " : " \xe2\x86\x91 more ";
        screen_put(p->win, p->h - 1, 2, 9, m, at);
    }
}

/* Whether the lesson pane has text beyond what it shows (PgUp/PgDn at
 * the prompt then scroll it). */
bool learn_text_overflows(tui_app *a)
{
    pane *p = &a->panes[P_LESSON];
    return p->visible && p->content > p->h - 2;
}

static void draw(pane *p, tui_app *a)
{
    char title[192];
    const lesson_step *s = cur_step(a);
    if (!s) {
        screen_box(p->win, "Lesson", a->focus == P_LESSON);
        return;
    }
    snprintf(title, sizeof title, "Day %d %s %zu/%zu %s %s",
             lesson_day(a->lesson), G.dot, a->step + 1,
             lesson_step_count(a->lesson), G.dot, lesson_title(a->lesson));
    screen_box(p->win, title, a->focus == P_LESSON);
    if (follow_end) { /* measure first, so this very frame shows the end */
        p->scroll = 1 << 30;
        p->scroll = render(p, a, s) - (p->h - 2);
        follow_end = false;
    }
    int rows = render(p, a, s);
    pane_clamp(p, rows);
    more_marks(p, rows);
}

static int key(pane *p, tui_app *a, int k)
{
    (void)a;
    follow_end = false;
    return pane_scroll_key(p, k);
}

void pane_lesson_init(pane *p)
{
    p->name = "lesson";
    p->draw = draw;
    p->key = key;
}

/* ------------------------------------------------------------ progress */

static const char *course_id(tui_app *a)
{
    return lesson_course_id(a->course);
}

/* Save the progress file; a failure (a full disk, say) is said on the
 * status line with its reason, and the file saved before stays. */
static void save_progress(tui_app *a)
{
    if (lesson_progress_save(a->progress) < 0) /* the reason first: */
        app_set_status(a, true,                /* the line may be cut */
                       "cannot save progress (%s); the last saved is kept, "
                       "in %s",
                       strerror(errno), lesson_progress_dir(a->progress));
}

static void set_status(tui_app *a, lesson_status st)
{
    const lesson_step *s = cur_step(a);
    lesson_progress_set_status(a->progress, course_id(a), lesson_day(a->lesson),
                               lesson_step_key(s), st);
    save_progress(a);
}

void learn_save_position(tui_app *a)
{
    const lesson_step *s = cur_step(a);
    if (!s || !a->progress)
        return;
    int day = lesson_day(a->lesson);
    if (a->exercise && lesson_step_kind(s) == LESSON_EXERCISE &&
        a->exercise_dirty) {
        lesson_progress_set_code(a->progress, course_id(a), day,
                                 lesson_step_key(s), a->exercise);
        a->exercise_dirty = false;
    }
    lesson_progress_set_position(a->progress, course_id(a), day,
                                 lesson_step_key(s));
    save_progress(a);
}

/* ------------------------------------------------------------ moving */

static void set_code(tui_app *a, const char *code, const char *name)
{
    free(a->code);
    free(a->code_name);
    a->code = code ? tui_xstrdup(code) : NULL;
    a->code_name = name ? tui_xstrdup(name) : NULL;
}

static void clear_run(tui_app *a)
{
    stepper_stop_py(a);
    snap_clear(&a->snap);
    stepper_reset(&a->st);
    out_clear(&a->out);
}

static void enter_exercise(tui_app *a, const lesson_step *s)
{
    const char *saved = lesson_progress_code(
        a->progress, course_id(a), lesson_day(a->lesson), lesson_step_key(s));
    const char *start = saved ? saved : lesson_step_starter(s);
    free(a->exercise);
    a->exercise = tui_xstrdup(start ? start : "");
    set_code(a, a->exercise, "(your code)");
    a->focus = FOCUS_PROMPT;
}

static lesson_t *next_lesson; /* lesson of a queued move */

/* Show step i of the current lesson, or of the lesson a move queued
 * (the interpreter is idle). */
void learn_enter_step(tui_app *a, size_t i)
{
    if (next_lesson)
        a->lesson = next_lesson;
    next_lesson = NULL;
    const lesson_step *s = lesson_step_at(a->lesson, i);
    a->step = i;
    a->choice = 0;
    a->answered = a->revealed = a->exercise_dirty = false;
    a->hints_shown = 0;
    free(a->feedback);
    a->feedback = NULL;
    a->panes[P_LESSON].scroll = 0;
    clear_run(a);
    a->st.feed = lesson_step_input(s);
    lesson_kind k = lesson_step_kind(s);
    set_code(
        a, k == LESSON_STEP || k == LESSON_PREDICT ? lesson_step_code(s) : NULL,
        NULL);
    a->focus = learn_wants_prompt(a) ? FOCUS_PROMPT : P_LESSON;
    if (k == LESSON_EXERCISE)
        enter_exercise(a, s);
    if (k == LESSON_STEP && a->code)
        a->run_pending = a->run_stepped = true;
    if (lesson_progress_status(a->progress, course_id(a), lesson_day(a->lesson),
                               lesson_step_key(s)) == LESSON_UNSEEN)
        lesson_progress_set_status(a->progress, course_id(a),
                                   lesson_day(a->lesson), lesson_step_key(s),
                                   LESSON_SEEN);
    if (a->first_frame_done)
        learn_save_position(a); /* one save (an fsync) for both */
    else
        a->save_pending = true; /* after the first frame: fsync is slow */
}

/* Go to step i of lesson li, once any running program has unwound. */
static void go_to(tui_app *a, size_t li, size_t i)
{
    if (a->exercise_dirty)
        learn_save_position(a);
    next_lesson = lesson_course_at(a->course, li);
    a->step_pending = true;
    a->pending_step = i;
    a->run_pending = false;
    stepper_abort(a);
}

static size_t lesson_index(tui_app *a)
{
    for (size_t i = 0; i < lesson_course_count(a->course); i++)
        if (lesson_course_at(a->course, i) == a->lesson)
            return i;
    return 0;
}

static void next_step(tui_app *a)
{
    size_t li = lesson_index(a);
    if (a->step + 1 < lesson_step_count(a->lesson))
        go_to(a, li, a->step + 1);
    else if (li + 1 < lesson_course_count(a->course))
        go_to(a, li + 1, 0);
    else
        app_set_status(a, false, "end of the course: well done");
}

static void prev_step(tui_app *a)
{
    size_t li = lesson_index(a);
    if (a->step > 0)
        go_to(a, li, a->step - 1);
    else if (li > 0)
        go_to(a, li - 1,
              lesson_step_count(lesson_course_at(a->course, li - 1)) - 1);
}

/* ----------------------------------------------------------- grading */

static void feedback(tui_app *a, bool ok, const char *msg)
{
    follow_end = true;
    free(a->feedback);
    a->feedback = tui_xstrdup(msg);
    a->feedback_ok = ok;
}

static void answer_choice(tui_app *a, int choice)
{
    const lesson_step *s = cur_step(a);
    if (a->answered || choice < 1 ||
        (size_t)choice > lesson_step_choice_count(s))
        return;
    a->choice = choice;
    a->answered = true;
    bool ok = lesson_grade_choice(s, choice);
    feedback(a, ok, ok ? "Right." : "Not quite.");
    set_status(a, ok ? LESSON_CORRECT : LESSON_WRONG);
    if (lesson_step_kind(s) == LESSON_PREDICT)
        a->run_pending = true, a->run_stepped = false;
}

static void answer_text(tui_app *a, const char *line)
{
    const lesson_step *s = cur_step(a);
    a->answered = true;
    bool ok = lesson_grade_text(s, line);
    feedback(a, ok, ok ? "Right." : "Not quite: compare with the output.");
    set_status(a, ok ? LESSON_CORRECT : LESSON_WRONG);
    a->run_pending = true, a->run_stepped = false;
    a->focus = P_LESSON;
}

static void mark_reflect(tui_app *a, bool yes)
{
    follow_end = true;
    a->answered = true;
    set_status(a, yes ? LESSON_SELF_YES : LESSON_SELF_NO);
    a->focus = P_LESSON;
}

/* :run -- grade the learner's code, then run it so the panes show it. */
static void check_exercise(tui_app *a)
{
    const lesson_step *s = cur_step(a);
    char *msg = NULL;
    clear_run(a);
    int r =
        lesson_check_exercise(a->course, a->lesson, a->step, a->exercise, &msg);
    lesson_progress_set_code(a->progress, course_id(a), lesson_day(a->lesson),
                             lesson_step_key(s), a->exercise);
    a->exercise_dirty = false;
    a->answered = true;
    feedback(a, r == 1,
             r == 1 ? "Passed. -> goes on."
             : msg  ? msg
                    : "Not yet.");
    set_status(a, r == 1 ? LESSON_CORRECT : LESSON_WRONG);
    free(msg);
    set_code(a, a->exercise, "(your code)");
    a->run_pending = true, a->run_stepped = false;
}

void learn_check_exercise(tui_app *a)
{
    check_exercise(a);
}

/* ------------------------------------------------------------ exercise */

static void exercise_append(tui_app *a, const char *line)
{
    size_t n = strlen(a->exercise), k = strlen(line);
    bool nl = n > 0 && a->exercise[n - 1] != '\n';
    a->exercise = tui_xrealloc(a->exercise, n + k + 3);
    sprintf(a->exercise + n, "%s%s\n", nl ? "\n" : "", line);
    a->exercise_dirty = true;
}

static void exercise_undo(tui_app *a)
{
    size_t n = strlen(a->exercise);
    if (n && a->exercise[n - 1] == '\n')
        n--;
    while (n && a->exercise[n - 1] != '\n')
        n--;
    a->exercise[n] = '\0';
    a->exercise_dirty = true;
}

static bool exercise_command(tui_app *a, const char *line)
{
    const lesson_step *s = cur_step(a);
    if (strcmp(line, ":run") == 0 || strcmp(line, ".") == 0 ||
        strcmp(line, ":check") == 0)
        check_exercise(a);
    else if (strcmp(line, ":hint") == 0) {
        if (a->hints_shown < lesson_step_hint_count(s))
            a->hints_shown++;
        else
            app_set_status(a, false, "no more hints");
    } else if (strcmp(line, ":reset") == 0) {
        free(a->exercise);
        a->exercise =
            tui_xstrdup(lesson_step_starter(s) ? lesson_step_starter(s) : "");
        a->exercise_dirty = true;
    } else if (strcmp(line, ":edit") == 0) {
        editor_edit_exercise(a);
    } else if (strcmp(line, ":clear") == 0) {
        a->exercise[0] = '\0';
        a->exercise_dirty = true;
    } else if (strcmp(line, ":undo") == 0)
        exercise_undo(a);
    else if (strcmp(line, ":solution") == 0)
        a->revealed = a->answered;
    else if (strcmp(line, ":step") == 0) {
        set_code(a, a->exercise, "(your code)");
        a->run_pending = a->run_stepped = true;
        a->focus = P_LESSON; /* n s o c step it; the Code pane would edit */
    } else
        return false;
    return true;
}

/* A line typed at the prompt in learn mode. */
void learn_prompt_line(tui_app *a, const char *line)
{
    const lesson_step *s = cur_step(a);
    if (!s)
        return;
    if (strcmp(line, ":next") == 0 || strcmp(line, ":skip") == 0)
        next_step(a);
    else if (strcmp(line, ":back") == 0)
        prev_step(a);
    else if (strcmp(line, ":quit") == 0 || strcmp(line, ":q") == 0)
        a->quit = app_confirm_quit(a);
    else if (lesson_step_kind(s) == LESSON_EXERCISE) {
        if (!exercise_command(a, line))
            exercise_append(a, line);
        if (!a->run_pending)
            set_code(a, a->exercise, "(your code)");
    } else if (lesson_step_kind(s) == LESSON_PREDICT && !a->answered)
        answer_text(a, line);
    else if (lesson_step_kind(s) == LESSON_REFLECT && !a->revealed) {
        a->revealed = follow_end = true;
        a->focus = P_LESSON;
    }
}

const char *learn_prompt_ps(tui_app *a)
{
    const lesson_step *s = cur_step(a);
    if (s && lesson_step_kind(s) == LESSON_EXERCISE)
        return "code> ";
    return "answer> ";
}

void learn_after_run(tui_app *a)
{
    if (a->mode != MODE_LEARN || !a->lesson || !a->st.finished || !a->py_live ||
        a->step >= lesson_step_count(a->lesson))
        return;
    const lesson_step *s = lesson_step_at(a->lesson, a->step);
    if (lesson_step_kind(s) != LESSON_STEP)
        return;
    int gen = lesson_step_collect(s);
    if (gen != -2)
        stepper_slow_gc(a, gen);
    bool graph = false;
    const char *expr = lesson_step_inspect(s, &graph);
    uintptr_t id;
    if (!expr || pyapi_object_id(expr, &id, NULL) != 0)
        return;
    inspect_open(a, id);
    if (graph && !graph_is_on())
        graph_toggle();
}

bool learn_wants_prompt(tui_app *a)
{
    const lesson_step *s = cur_step(a);
    if (!s)
        return false;
    switch (lesson_step_kind(s)) {
    case LESSON_EXERCISE:
        return true;
    case LESSON_PREDICT:
        return !a->answered && lesson_step_choice_count(s) == 0;
    case LESSON_REFLECT:
        return !a->revealed;
    default:
        return false;
    }
}

/* Keys of learn mode: moving, answering, hints, checks. */
int learn_key(tui_app *a, int k)
{
    const lesson_step *s = cur_step(a);
    if (!s)
        return EV_IGNORED;
    lesson_kind kind = lesson_step_kind(s);
    if (k == KEY_RIGHT || k == '>' || k == '\r' || k == KEY_ENTER)
        next_step(a);
    else if (k == KEY_LEFT || k == '<')
        prev_step(a);
    else if (k >= '1' && k <= '9' &&
             (kind == LESSON_QUIZ || kind == LESSON_PREDICT) &&
             lesson_step_choice_count(s))
        answer_choice(a, k - '0');
    else if ((k == 'y' || k == 'n') && kind == LESSON_REFLECT && a->revealed &&
             !a->answered)
        mark_reflect(a, k == 'y');
    else if (k == 'E' && kind == LESSON_EXERCISE && !a->st.running)
        editor_edit_exercise(a);
    else if (k == 'h' && kind == LESSON_EXERCISE)
        exercise_command(a, ":hint");
    else if (k == 'x' && kind == LESSON_EXERCISE && !a->st.running)
        check_exercise(a);
    else if (k == 'e' && kind == LESSON_EXERCISE)
        exercise_command(a, ":reset"), set_code(a, a->exercise, "(your code)");
    else if (k == 'r' && kind == LESSON_PREDICT && !a->answered)
        app_set_status(a, false, "answer first, then the code runs");
    else
        return EV_IGNORED;
    return EV_HANDLED | EV_REDRAW;
}

/* ------------------------------------------------------------ opening */

static char *course_path(const char *name)
{
    struct stat st;
    if (!name)
        name = "python";
    if (strchr(name, '/') || stat(name, &st) == 0)
        return tui_xstrdup(name);
    char *p = data_find("courses", name, "");
    return p ? p : tui_xstrdup(name);
}

int learn_open(tui_app *a, const char *course, char **notice)
{
    lesson_diag d = {0};
    a->course_dir = course_path(course);
    a->course = lesson_course_load(a->course_dir, &d);
    if (d.n || !a->course || lesson_course_count(a->course) == 0) {
        screen_end();
        for (size_t i = 0; i < d.n; i++)
            fprintf(stderr, "%s\n", d.msg[i]);
    }
    lesson_diag_free(&d);
    if (!a->course || lesson_course_count(a->course) == 0) {
        fprintf(stderr, "pyscope: no lessons in '%s'\n", a->course_dir);
        return -1;
    }
    a->progress = lesson_progress_open(NULL, notice);
    return 0;
}

void learn_start(tui_app *a, int day, const char *key)
{
    const char *pkey = NULL;
    int pday = 0;
    if (day <= 0 &&
        lesson_progress_position(a->progress, course_id(a), &pday, &pkey))
        day = pday, key = key ? key : pkey;
    a->lesson = day > 0 ? lesson_course_day(a->course, day) : NULL;
    if (!a->lesson) {
        if (day > 0)
            app_set_status(a, true, "no day %d in this course", day);
        a->lesson = lesson_course_at(a->course, 0);
        key = NULL;
    }
    size_t step = 0;
    for (size_t i = 0; key && i < lesson_step_count(a->lesson); i++)
        if (strcmp(lesson_step_key(lesson_step_at(a->lesson, i)), key) == 0)
            step = i;
    learn_enter_step(a, step);
}
