# Per-thread CPU of a JVM from /proc/<pid>/task/*/stat for bench/send-cpu/run.sh:
#   threads.py snap PID > FILE;  threads.py diff PID FILE MESSAGES  -> ms of CPU per message by thread group
import os, sys, re, collections
def snap(pid):
    out = {}
    for tid in os.listdir(f'/proc/{pid}/task'):
        try:
            s = open(f'/proc/{pid}/task/{tid}/stat').read()
        except OSError:
            continue
        comm = s[s.index('(')+1:s.rindex(')')]
        f = s[s.rindex(')')+2:].split()
        out[tid] = (comm, int(f[11]) + int(f[12]))
    return out
if sys.argv[1] == 'snap':
    for tid, (c, t) in snap(sys.argv[2]).items(): print(tid, t, c, sep='\t')
else:
    before = {l.split('\t')[0]: int(l.split('\t')[1]) for l in open(sys.argv[3])}
    n = int(sys.argv[4]); hz = os.sysconf('SC_CLK_TCK')
    g = collections.Counter()
    for tid, (c, t) in snap(sys.argv[2]).items():
        key = re.sub(r'[-#\s]*\d+$', '', c)
        if c.startswith('C2 ') or c.startswith('C1 '): key = 'JIT'
        elif c.startswith('G1') or c.startswith('GC') or c.startswith('VM '): key = 'GC/VM'
        g[key] += t - before.get(tid, 0)
    tot = sum(g.values())
    print('threads ms/msg: ' + ' '.join(f'{k}={v*1000/hz/n:.3f}' for k, v in g.most_common(8) if v > 0) + f' total={tot*1000/hz/n:.3f}')
