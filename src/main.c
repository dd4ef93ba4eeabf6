/*
 * main.c -- pyscope's command line: parses the command and hands over to
 * the interpreter (run, dis), the lesson engine (check, learn --plain) or
 * the screen (the course menu, learn, run --step, repl).
 *
 * Exit statuses: those of the command; 2 for usage errors and commands
 * that are not implemented yet.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"

typedef struct command {
    const char *name;
    const char *usage;
    const char *summary;
    int (*run)(int argc, char **argv); /* argv[0] is the command name */
} command;

static const command commands[] = {
    {"learn", "learn [COURSE] [--day N] [--plain] [--watch LESSON.lua]",
     "take a course, day by day", cmd_learn},
    {"run",
     "run [-W ARG] FILE.py [ARGS...] | run [-W ARG] -c CODE | run --step "
     "FILE.py",
     "run a program like python3 (or step through it); -W ARG: a warning "
     "filter\n      as python3's -W (error, ignore, always::DeprecationWarning,"
     " ...)",
     cmd_run},
    {"repl", "repl [--plain]", "interactive prompt with live panes", cmd_repl},
    {"check", "check [PATH...]", "validate lessons and courses", cmd_check},
    {"dis", "dis FILE.py", "print the bytecode of a program", cmd_dis},
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void usage(FILE *f)
{
    fprintf(f, "usage: pyscope [--help] [--version] [COMMAND [ARGS...]]\n\n"
               "Learn Python by watching its memory while code runs.\n\n"
               "  pyscope\n      course menu: pick a day, resume where you "
               "stopped\n");
    for (size_t i = 0; i < NCOMMANDS; i++)
        fprintf(f, "  pyscope %s\n      %s\n", commands[i].usage,
                commands[i].summary);
    fprintf(f, "\nOptions: --theme NAME (default, light, mono), --no-mouse.\n"
               "Progress in $XDG_DATA_HOME/pyscope/ (~/.local/share/pyscope/),"
               " your own courses\nand themes in its courses/ and themes/. "
               "Everything else: man pyscope.\n");
}

static const command *find_command(const char *name)
{
    for (size_t i = 0; i < NCOMMANDS; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc < 2 || argv[1][0] == '-') {
        if (argc >= 2 &&
            (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
            usage(stdout);
            return 0;
        }
        if (argc >= 2 && strcmp(argv[1], "--version") == 0) {
            printf("pyscope %s\n", PYSCOPE_VERSION);
            return 0;
        }
        return cmd_menu(argc - 1, argv + 1);
    }
    const command *c = find_command(argv[1]);
    if (!c) {
        fprintf(stderr, "pyscope: unknown command '%s'\n", argv[1]);
        usage(stderr);
        return 2;
    }
    return c->run(argc - 1, argv + 1);
}
