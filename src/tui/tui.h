/*
 * tui.h -- entry points of the ncurses front end (src/tui).
 *
 * Each takes the command's argv (argv[0] is the command name, except for
 * the menu which gets the options after `pyscope`) and returns the
 * process exit status.  Options understood by all of them: --theme NAME,
 * --no-mouse.
 */
#ifndef TUI_H
#define TUI_H

int tui_cmd_menu(int argc, char **argv); /* `pyscope` */
int tui_cmd_learn(int argc,
                  char **argv); /* `pyscope learn [COURSE] [--day N]` */
int tui_cmd_run_step(int argc, char **argv); /* `pyscope run --step FILE.py` */
int tui_cmd_repl(int argc, char **argv);     /* `pyscope repl` */

/* Frame-time benchmark (bench/tui_bench.c): builds a program with
 * `objects` heap objects and `frames` Python frames, draws the full
 * screen `reps` times into an off-screen terminal of cols x rows and
 * prints the figures.  Returns 0 on success. */
int tui_bench(int objects, int frames, int reps, int cols, int rows);

#endif
