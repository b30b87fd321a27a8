"""Drives a command in a pseudo-terminal as a person would: waits until each
expected text appears, then types the answer. Usage:
  python3 pty-drive.py SCRIPT_JSON -- command args...
SCRIPT_JSON is a list of [regex, keys]. Prints the screen output, then exits
with the command's exit code (124 when it did not finish in time)."""
import fcntl, json, os, pty, re, select, struct, sys, termios, time

script = json.loads(sys.argv[1])
command = sys.argv[sys.argv.index('--') + 1:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(command[0], command)
# A new pseudo-terminal is 0 columns wide; prompts would wrap after every character.
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 100, 0, 0))

output = ''
typed_at = 0
step = 0
deadline = time.time() + 30
status = None
while time.time() < deadline:
    ready, _, _ = select.select([fd], [], [], 0.1)
    if ready:
        try:
            data = os.read(fd, 4096)
        except OSError:
            data = b''
        if not data:
            break
        output += data.decode('utf-8', 'replace')
    if step < len(script) and re.search(script[step][0], output[typed_at:]):
        time.sleep(0.05)
        os.write(fd, script[step][1].encode())
        typed_at = len(output)
        step += 1
_, status = os.waitpid(pid, 0) if time.time() < deadline else (0, None)
sys.stdout.write(output)
if status is None:
    os.kill(pid, 9)
    sys.exit(124)
sys.exit(os.waitstatus_to_exitcode(status))
