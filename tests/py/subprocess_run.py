# subprocess over _posixsubprocess.fork_exec, os.pipe and os.waitpid:
# run / check_output / call / Popen.communicate with pipes, text mode,
# shell=True, exit codes, CalledProcessError, TimeoutExpired and a program
# that cannot be started.  Only echo, cat, sh, true and false are run.
import os, subprocess, sys

r = subprocess.run(["echo", "hi"], capture_output=True)
print(r)
print(r.returncode, r.stdout, r.stderr, r.args)
sys.stdout.flush()  # the child writes to the same stdout
print(subprocess.run(["echo", "hi"]).returncode)
print(subprocess.run(["echo", "a b", "c"], stdout=subprocess.PIPE).stdout)
print(subprocess.check_output(["cat"], input=b"data\n"))
print(repr(subprocess.check_output(["cat"], input="t\u20ac\n", text=True)))
print(repr(subprocess.check_output("echo one; echo two", shell=True,
                                   universal_newlines=True)))
r = subprocess.run("echo $((1+2)); echo err >&2; exit 3", shell=True,
                   capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run("echo to-err >&2", shell=True, stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT)
print(r.stdout, r.stderr)
r = subprocess.run(["cat"], input=b"gone", stdout=subprocess.DEVNULL)
print(r.stdout, r.returncode)
r = subprocess.run(["sh", "-c", "echo $FOO-$BAR"], env={"FOO": "x", "PATH": os.environ["PATH"]},
                   capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["sh", "-c", "pwd"], cwd="/", capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["sh", "-c", "cat; echo more"], input=b"in\n", capture_output=True)
print(r.stdout)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(input=b"x" * 200000)
print(len(out), out[:3], err, p.returncode, p.poll())
p = subprocess.Popen(["sh", "-c", "cat; echo e >&2; exit 5"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
print(p.communicate("line1\nline2\n"), p.returncode)
p = subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE)
p.stdin.write(b"abc\n")
p.stdin.close()
print(p.stdout.read(), p.wait(), p.returncode)
p.stdout.close()
with subprocess.Popen(["echo", "ctx"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode)
p = subprocess.Popen(["true"])
print(p.wait(), p.args)

print(subprocess.call(["true"]), subprocess.call(["false"]),
      subprocess.call("exit 7", shell=True))
print(subprocess.check_call(["true"]))
print(subprocess.getoutput("echo a; echo b"))
print(subprocess.getstatusoutput("echo x; exit 2"))

for f in [lambda: subprocess.run(["false"], check=True),
          lambda: subprocess.check_call(["sh", "-c", "exit 4"]),
          lambda: subprocess.check_output("echo partial; exit 9", shell=True),
          lambda: subprocess.run(["sh", "-c", "echo o; echo e >&2; exit 1"],
                                 capture_output=True, check=True)]:
    try:
        f()
    except subprocess.CalledProcessError as e:
        print(repr(e), e, e.returncode, e.cmd, e.output, e.stderr)
try:
    subprocess.run(["sh", "-c", "kill -9 $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode)

rfd, wfd = os.pipe()
try:
    subprocess.run(["sh", "-c", "read x"], stdin=rfd, timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, 0 < e.timeout <= 0.2, e.output)
try:
    subprocess.run(["sh", "-c", "echo early; read x"], stdin=rfd, timeout=0.2,
                   capture_output=True)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, 0 < e.timeout <= 0.2, e.output, e.stdout)
p = subprocess.Popen(["sh", "-c", "read x; exit 3"], stdin=rfd)
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.timeout)
print(p.poll())
os.write(wfd, b"go\n")
print(p.wait())
os.close(rfd)
os.close(wfd)

for f in [lambda: subprocess.run(["/nonexistent/prog"]),
          lambda: subprocess.run(["no-such-program-xyz"]),
          lambda: subprocess.run(["true"], cwd="/nonexistent/dir"),
          lambda: subprocess.run(["/"]),
          lambda: subprocess.run(["echo", "a\0b"])]:
    try:
        f()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e, getattr(e, 'errno', None), getattr(e, 'filename', None))

# the descriptor functions subprocess uses
r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
os.set_inheritable(r, True)
print(os.get_inheritable(r))
os.set_blocking(r, False)
try:
    os.read(r, 10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
os.set_blocking(r, True)
print(os.write(w, memoryview(b"hello")), os.read(r, 3), os.read(r, 10))
d = os.dup(w)
print(d > w, os.get_inheritable(d))
print(os.dup2(w, d) == d, os.get_inheritable(d))
print(os.dup2(w, d, inheritable=False) == d, os.get_inheritable(d))
for fd in (r, w, d):
    os.close(fd)
try:
    os.close(d)
except OSError as e:
    print(e)
try:
    os.kill(os.getpid(), 0)
    print("alive")
    os.kill(-999999, 0)
except OSError as e:
    print(type(e).__name__, e)
