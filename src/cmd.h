/*
 * cmd.h -- the commands of the pyscope binary (one function per command,
 * argv[0] is the command name; returns the process exit status).
 */
#ifndef PYSCOPE_CMD_H
#define PYSCOPE_CMD_H

int cmd_menu(int argc, char **argv);
int cmd_learn(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_repl(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_dis(int argc, char **argv);

/* Print "pyscope: NAME is not implemented yet" and return 2. */
int cmd_not_implemented(const char *name);

#endif
