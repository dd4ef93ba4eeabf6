# Popen's other options over fork_exec: preexec_fn (and its failure),
# umask, close_fds, pass_fds, executable, bytes and path arguments,
# start_new_session with terminate().
import subprocess, os
print(subprocess.run(["sh", "-c", "echo $X"], preexec_fn=lambda: os.putenv("X", "set"), capture_output=True).stdout)
def bad(): raise ValueError("no")
try:
    subprocess.run(["true"], preexec_fn=bad)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)
print(subprocess.run(["sh", "-c", "umask"], umask=0o27, capture_output=True, text=True).stdout)
r = subprocess.run(["sh", "-c", "ls /proc/self/fd | wc -l"], capture_output=True, text=True, close_fds=True)
print(r.stdout.strip())
rfd, wfd = os.pipe()
r = subprocess.run(["sh", "-c", "echo via-fd >&%d" % wfd], pass_fds=[wfd])
os.close(wfd)
print(os.read(rfd, 100)); os.close(rfd)
print(subprocess.run(["sh", "-c", "echo $0"], executable="/bin/sh", capture_output=True).stdout)
print(subprocess.run(["echo", b"bytes", os.path.join("/", "x")], capture_output=True).stdout)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, start_new_session=True)
p.terminate(); print(p.wait())
