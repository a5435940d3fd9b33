<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Lesson</name>
    <message>
        <source>LDD3 7.5: /proc/jitasklet on a busy CPU</source>
        <extracomment>ldd3-busy-cpu.json: title</extracomment>
        <translation>LDD3 7.5: /proc/jitasklet auf einer ausgelasteten CPU</translation>
    </message>
    <message>
        <source>The book&apos;s sample: cat reads /proc/jitasklet while cc1 (a compiler) keeps CPU 0 busy. The tasklet waits for the next tick while cc1 runs, and runs back to back in ksoftirqd/0 once cc1 blocks. Under ldd3-book (the pre-2.6.2 &apos;mask&apos; restart rule) the first read() returns exactly the book&apos;s six lines; try --profile linux-2.6.10 to see the 10-restart rule run all five in cc1&apos;s irq_exit.</source>
        <extracomment>ldd3-busy-cpu.json: description</extracomment>
        <translation>Das Beispiel aus dem Buch: cat liest /proc/jitasklet, während cc1 (ein Compiler) CPU 0 auslastet. Solange cc1 rechnet, wartet das Tasklet auf den nächsten Tick; sobald cc1 blockiert, läuft es direkt hintereinander in ksoftirqd/0. Unter ldd3-book (die „mask“-Neustartregel vor 2.6.2) liefert der erste read() genau die sechs Zeilen aus dem Buch; mit --profile linux-2.6.10 sehen Sie, wie die Regel mit 10 Neustarts alle fünf Läufe im irq_exit von cc1 ausführt.</translation>
    </message>
    <message>
        <source>cat reads /proc/jitasklet</source>
        <extracomment>ldd3-busy-cpu.json: step 1 title</extracomment>
        <translation>cat liest /proc/jitasklet</translation>
    </message>
    <message>
        <source>jit_tasklet() prints the reader&apos;s line (inirq 0), then tasklet_schedule(). The raise comes from process context, so raise_softirq_irqoff() wakes ksoftirqd/0 (kernel/softirq.c). cat sleeps in wait_event_interruptible(). The O(1) scheduler picks cc1 (nice 0) over ksoftirqd/0 (nice 19): the tasklet has to wait.</source>
        <extracomment>ldd3-busy-cpu.json: step 1 text</extracomment>
        <translation>jit_tasklet() gibt die Zeile des Lesers aus (inirq 0) und ruft dann tasklet_schedule() auf. Das Auslösen geschieht im Prozesskontext, daher weckt raise_softirq_irqoff() ksoftirqd/0 (kernel/softirq.c). cat schläft in wait_event_interruptible(). Der O(1)-Scheduler zieht cc1 (nice 0) ksoftirqd/0 (nice 19) vor: Das Tasklet muss warten.</translation>
    </message>
    <message>
        <source>The next tick runs it in cc1&apos;s context</source>
        <extracomment>ldd3-busy-cpu.json: step 2 title</extracomment>
        <translation>Der nächste Tick führt es im Kontext von cc1 aus</translation>
    </message>
    <message>
        <source>The timer interrupt&apos;s irq_exit() finds TASKLET pending and runs __do_softirq() on top of whatever it interrupted: cc1. Run 1: delta 1, inirq 1, pid 4368. The callback reschedules itself; under the pre-2.6.2 mask rule TASKLET has already run in this invocation, so there is no restart: ksoftirqd is woken (it is already runnable).</source>
        <extracomment>ldd3-busy-cpu.json: step 2 text</extracomment>
        <translation>irq_exit() des Timer-Interrupts findet TASKLET anstehend vor und führt __do_softirq() über dem Task aus, den der Interrupt unterbrochen hat: cc1. Lauf 1: delta 1, inirq 1, pid 4368. Der Callback plant sich erneut ein; nach der „mask“-Regel vor 2.6.2 ist TASKLET in diesem Aufruf bereits gelaufen, also gibt es keinen Neustart: ksoftirqd wird geweckt (der Thread ist bereits lauffähig).</translation>
    </message>
    <message>
        <source>One run per tick</source>
        <extracomment>ldd3-busy-cpu.json: step 3 title</extracomment>
        <translation>Ein Lauf pro Tick</translation>
    </message>
    <message>
        <source>Tick 6076141 does the same: run 2 in cc1. Book, section 7.5: &apos;the tasklet is run at the next timer tick as long as the CPU is busy running a process&apos;.</source>
        <extracomment>ldd3-busy-cpu.json: step 3 text</extracomment>
        <translation>Tick 6076141 macht dasselbe: Lauf 2 in cc1. Buch, Abschnitt 7.5: „das Tasklet läuft beim nächsten Timer-Tick, solange die CPU mit der Ausführung eines Prozesses beschäftigt ist“.</translation>
    </message>
    <message>
        <source>cc1 blocks: ksoftirqd/0 gets the CPU</source>
        <extracomment>ldd3-busy-cpu.json: step 4 title</extracomment>
        <translation>cc1 blockiert: ksoftirqd/0 bekommt die CPU</translation>
    </message>
    <message>
        <source>With cc1 asleep, ksoftirqd/0 is the only runnable task. Its loop calls do_softirq() while anything is pending: runs 3, 4 and 5 back to back in the same jiffy, delta 0, pid 2. Run 5 wakes cat, which prints the six lines.</source>
        <extracomment>ldd3-busy-cpu.json: step 4 text</extracomment>
        <translation>Während cc1 schläft, ist ksoftirqd/0 der einzige lauffähige Task. Seine Schleife ruft do_softirq() auf, solange etwas ansteht: Läufe 3, 4 und 5 direkt hintereinander im selben Jiffy, delta 0, pid 2. Lauf 5 weckt cat, das die sechs Zeilen ausgibt.</translation>
    </message>
    <message>
        <source>LDD3 7.5: /proc/jitasklet on an idle CPU</source>
        <extracomment>ldd3-idle-cpu.json: title</extracomment>
        <translation>LDD3 7.5: /proc/jitasklet auf einer CPU im Leerlauf</translation>
    </message>
    <message>
        <source>The same read on an idle CPU: the tasklet runs immediately, all five times in ksoftirqd/0 in the reader&apos;s jiffy (delta 0). Under the 2.6 profiles cat&apos;s second read() re-runs the whole experiment (the read_proc quirk) and gets EOF because the new output is not longer.</source>
        <extracomment>ldd3-idle-cpu.json: description</extracomment>
        <translation>Derselbe Lesevorgang auf einer CPU im Leerlauf: Das Tasklet läuft sofort, alle fünf Male in ksoftirqd/0 im Jiffy des Lesers (delta 0). Unter den 2.6-Profilen führt der zweite read() von cat das ganze Experiment erneut aus (die read_proc-Eigenheit) und erhält EOF, weil die neue Ausgabe nicht länger ist.</translation>
    </message>
    <message>
        <source>cat reads on an idle CPU</source>
        <extracomment>ldd3-idle-cpu.json: step 1 title</extracomment>
        <translation>cat liest auf einer CPU im Leerlauf</translation>
    </message>
    <message>
        <source>tasklet_schedule() from process context wakes ksoftirqd/0. When cat sleeps, nothing else is runnable, so ksoftirqd/0 runs at once: &apos;it is run immediately when the CPU is otherwise idle&apos; (book, section 7.5).</source>
        <extracomment>ldd3-idle-cpu.json: step 1 text</extracomment>
        <translation>tasklet_schedule() aus dem Prozesskontext weckt ksoftirqd/0. Sobald cat schläft, ist nichts anderes lauffähig, also läuft ksoftirqd/0 sofort: „es läuft sofort, wenn die CPU ansonsten untätig ist“ (Buch, Abschnitt 7.5).</translation>
    </message>
    <message>
        <source>Five runs back to back in ksoftirqd/0</source>
        <extracomment>ldd3-idle-cpu.json: step 2 title</extracomment>
        <translation>Fünf Läufe direkt hintereinander in ksoftirqd/0</translation>
    </message>
    <message>
        <source>Every line has inirq 1: in_interrupt() is true inside any tasklet, even when it runs in a kernel thread.</source>
        <extracomment>ldd3-idle-cpu.json: step 2 text</extracomment>
        <translation>Jede Zeile hat inirq 1: in_interrupt() ist in jedem Tasklet wahr, auch wenn es in einem Kernel-Thread läuft.</translation>
    </message>
    <message>
        <source>The tasklet reschedules itself from its callback. Why are all five runs in ksoftirqd/0, in the same jiffy, with delta 0?</source>
        <extracomment>ldd3-idle-cpu.json: step 2 question</extracomment>
        <translation>Das Tasklet plant sich aus seinem Callback heraus erneut ein. Warum finden alle fünf Läufe in ksoftirqd/0 statt, im selben Jiffy, mit delta 0?</translation>
    </message>
    <message>
        <source>ksoftirqd/0&apos;s loop (kernel/softirq.c: ksoftirqd()) calls do_softirq() as long as TASKLET is pending; each self-reschedule is picked up at once, long before the next tick. The fifth run wakes cat.</source>
        <extracomment>ldd3-idle-cpu.json: step 2 answer</extracomment>
        <translation>Die Schleife von ksoftirqd/0 (kernel/softirq.c: ksoftirqd()) ruft do_softirq() auf, solange TASKLET ansteht; jedes erneute Einplanen durch das Tasklet selbst wird sofort aufgegriffen, lange vor dem nächsten Tick. Der fünfte Lauf weckt cat.</translation>
    </message>
    <message>
        <source>cat&apos;s second read() runs it all again</source>
        <extracomment>ldd3-idle-cpu.json: step 3 title</extracomment>
        <translation>Der zweite read() von cat führt alles noch einmal aus</translation>
    </message>
    <message>
        <source>fs/proc/generic.c: proc_file_read() calls jit&apos;s read_proc function on every read(), and jit ignores the offset: the whole experiment runs a second time (300.5 to 301 us). The new output is not longer than the first, so read() returns 0 and cat prints the six lines once.</source>
        <extracomment>ldd3-idle-cpu.json: step 3 text</extracomment>
        <translation>fs/proc/generic.c: proc_file_read() ruft bei jedem read() die read_proc-Funktion von jit auf, und jit ignoriert den Offset: Das ganze Experiment läuft ein zweites Mal (300.5 bis 301 us). Die neue Ausgabe ist nicht länger als die erste, daher gibt read() 0 zurück, und cat gibt die sechs Zeilen nur einmal aus.</translation>
    </message>
    <message>
        <source>jitasklethi vs jitasklet, with a competing tasklet and a timer</source>
        <extracomment>lesson-01-hi-vs-normal.json: title</extracomment>
        <translation>jitasklethi vs. jitasklet, mit einem konkurrierenden Tasklet und einem Timer</translation>
    </message>
    <message>
        <source>Three readers on a busy CPU (linux-2.6.10): one reads /proc/jitimer (tdelay 1), one /proc/jitasklet, one /proc/jitasklethi, and ifconfig schedules a normal tasklet rx. Everything becomes pending before the first tick; the tick&apos;s irq_exit() then serves HI, TIMER and TASKLET in that order in every pass. Both jit outputs print the same lines: the difference between a hi and a normal tasklet is only visible in the trace.</source>
        <extracomment>lesson-01-hi-vs-normal.json: description</extracomment>
        <translation>Drei Leser auf einer ausgelasteten CPU (linux-2.6.10): einer liest /proc/jitimer (tdelay 1), einer /proc/jitasklet, einer /proc/jitasklethi, und ifconfig plant ein normales Tasklet rx ein. Alles steht schon vor dem ersten Tick an; irq_exit() des Ticks bedient dann in jedem Durchlauf HI, TIMER und TASKLET in dieser Reihenfolge. Beide jit-Ausgaben enthalten dieselben Zeilen: Der Unterschied zwischen einem Hi-Tasklet und einem normalen Tasklet ist nur im Trace sichtbar.</translation>
    </message>
    <message>
        <source>A timer for the next jiffy</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 1 title</extracomment>
        <translation>Ein Timer für den nächsten Jiffy</translation>
    </message>
    <message>
        <source>jit_timer() (LDD3 7.4, misc-modules/jit.c) arms a timer_list at jiffies + tdelay = 1001 with add_timer(). Its callback will run in the TIMER softirq, vector 1 (kernel/timer.c: run_timer_softirq()).</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 1 text</extracomment>
        <translation>jit_timer() (LDD3 7.4, misc-modules/jit.c) stellt mit add_timer() eine timer_list auf jiffies + tdelay = 1001 ein. Ihr Callback läuft im TIMER-Softirq, Vektor 1 (kernel/timer.c: run_timer_softirq()).</translation>
    </message>
    <message>
        <source>Two jit tasklets and a driver tasklet are queued</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 2 title</extracomment>
        <translation>Zwei jit-Tasklets und ein Treiber-Tasklet werden eingereiht</translation>
    </message>
    <message>
        <source>jit_tasklet() calls tasklet_schedule() for /proc/jitasklet and tasklet_hi_schedule() for /proc/jitasklethi (kernel/softirq.c: __tasklet_schedule(), __tasklet_hi_schedule()): one goes on tasklet_vec and raises TASKLET (5), the other on tasklet_hi_vec and raises HI (0). ifconfig then queues rx on the same normal list. Each raise from process context wakes ksoftirqd/0, but at nice 19 it cannot preempt cc1 under the O(1) scheduler.</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 2 text</extracomment>
        <translation>jit_tasklet() ruft tasklet_schedule() für /proc/jitasklet und tasklet_hi_schedule() für /proc/jitasklethi auf (kernel/softirq.c: __tasklet_schedule(), __tasklet_hi_schedule()): Das eine kommt in tasklet_vec und löst TASKLET (5) aus, das andere kommt in tasklet_hi_vec und löst HI (0) aus. ifconfig reiht danach rx in dieselbe normale Liste ein. Jedes Auslösen aus dem Prozesskontext weckt ksoftirqd/0, doch mit nice 19 kann es cc1 unter dem O(1)-Scheduler nicht verdrängen.</translation>
    </message>
    <message>
        <source>One pass: HI, then TIMER, then TASKLET</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 title</extracomment>
        <translation>Ein Durchlauf: HI, dann TIMER, dann TASKLET</translation>
    </message>
    <message>
        <source>kernel/softirq.c: __do_softirq() walks the pending bits from the lowest number up, once per pass. Everything runs on top of cc1 (pid 4368) in softirq context: inirq is 1.</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 text</extracomment>
        <translation>kernel/softirq.c: __do_softirq() geht die anstehenden Bits von der niedrigsten Nummer aufwärts durch, einmal pro Durchlauf. Alles läuft im Softirq-Kontext über dem unterbrochenen cc1 (PID 4368): inirq ist 1.</translation>
    </message>
    <message>
        <source>HI, TIMER and TASKLET are all pending when the tick&apos;s irq_exit() runs __do_softirq(). In which order do the jit hi tasklet, the jitimer callback and the two normal tasklets run?</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 question</extracomment>
        <translation>HI, TIMER und TASKLET stehen alle an, wenn irq_exit() des Ticks __do_softirq() ausführt. In welcher Reihenfolge laufen das jit-Hi-Tasklet, der jitimer-Callback und die beiden normalen Tasklets?</translation>
    </message>
    <message>
        <source>By vector number: the hi tasklet (HI = 0, tasklet_hi_action()), then the timer (TIMER = 1, run_timer_softirq()), then the normal list (TASKLET = 5, tasklet_action()). In the normal list rx runs before jitasklet although it was scheduled later: 2.6 inserts at the head of tasklet_vec (LIFO).</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 answer</extracomment>
        <translation>Nach Vektornummer: zuerst das Hi-Tasklet (HI = 0, tasklet_hi_action()), dann der Timer (TIMER = 1, run_timer_softirq()), dann die normale Liste (TASKLET = 5, tasklet_action()). In der normalen Liste läuft rx vor jitasklet, obwohl es später eingeplant wurde: 2.6 fügt am Kopf von tasklet_vec ein (LIFO).</translation>
    </message>
    <message>
        <source>The restart loop runs the rest</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 4 title</extracomment>
        <translation>Die Neustartschleife erledigt den Rest</translation>
    </message>
    <message>
        <source>Both jit tasklets rescheduled themselves from their callbacks, so HI and TASKLET are pending again. linux-2.6.10 restarts __do_softirq() up to MAX_SOFTIRQ_RESTART = 10 times: passes 2 to 5 run one hi run and one normal run each, all in jiffy 1001. The jitimer callback re-arms itself for the next jiffy, so its five lines are one tick apart. Both tasklet outputs are identical: &apos;the only difference is that they use different lists&apos; (the book, 7.5).</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 4 text</extracomment>
        <translation>Beide jit-Tasklets haben sich aus ihren Callbacks erneut eingeplant, also stehen HI und TASKLET wieder an. linux-2.6.10 startet __do_softirq() bis zu MAX_SOFTIRQ_RESTART = 10 Mal neu: Die Durchläufe 2 bis 5 führen jeweils einen Hi-Lauf und einen normalen Lauf aus, alle in Jiffy 1001. Der jitimer-Callback stellt sich erneut auf den nächsten Jiffy ein, daher liegen seine fünf Zeilen jeweils einen Tick auseinander. Beide Tasklet-Ausgaben sind identisch: „der einzige Unterschied ist, dass sie verschiedene Listen verwenden“ (das Buch, 7.5).</translation>
    </message>
    <message>
        <source>Schedule twice, run once</source>
        <extracomment>lesson-02-schedule-twice.json: title</extracomment>
        <translation>Zweimal eingeplant, einmal ausgeführt</translation>
    </message>
    <message>
        <source>ifconfig calls tasklet_schedule(rx) twice before rx gets a chance to run: the second call finds TASKLET_STATE_SCHED already set and does nothing, so the callback runs once. A schedule made after the run queues it again.</source>
        <extracomment>lesson-02-schedule-twice.json: description</extracomment>
        <translation>ifconfig ruft tasklet_schedule(rx) zweimal auf, bevor rx laufen kann: Der zweite Aufruf findet TASKLET_STATE_SCHED bereits gesetzt vor und tut nichts, daher läuft der Callback nur einmal. Ein Einplanen nach dem Lauf reiht es erneut ein.</translation>
    </message>
    <message>
        <source>First schedule queues rx</source>
        <extracomment>lesson-02-schedule-twice.json: step 1 title</extracomment>
        <translation>Das erste Einplanen reiht rx ein</translation>
    </message>
    <message>
        <source>include/linux/interrupt.h: tasklet_schedule() does test_and_set_bit(TASKLET_STATE_SCHED). The bit was clear, so __tasklet_schedule() puts rx on this CPU&apos;s tasklet_vec and raises TASKLET. ksoftirqd/0 (nice 19) cannot preempt cc1: rx waits for the next tick.</source>
        <extracomment>lesson-02-schedule-twice.json: step 1 text</extracomment>
        <translation>include/linux/interrupt.h: tasklet_schedule() führt test_and_set_bit(TASKLET_STATE_SCHED) aus. Das Bit war nicht gesetzt, also hängt __tasklet_schedule() rx in die tasklet_vec dieser CPU ein und löst TASKLET aus. ksoftirqd/0 (nice 19) kann cc1 nicht verdrängen: rx wartet auf den nächsten Tick.</translation>
    </message>
    <message>
        <source>Second schedule: a no-op</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 title</extracomment>
        <translation>Zweites Einplanen: wirkungslos</translation>
    </message>
    <message>
        <source>The trace shows the call with &apos;no-op&apos;: nothing is queued and nothing is raised.</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 text</extracomment>
        <translation>Der Trace zeigt den Aufruf mit „no-op“: Nichts wird eingereiht und nichts ausgelöst.</translation>
    </message>
    <message>
        <source>rx is still queued. How many times will its callback run after this second tasklet_schedule()?</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 question</extracomment>
        <translation>rx ist noch eingereiht. Wie oft läuft sein Callback nach diesem zweiten tasklet_schedule()?</translation>
    </message>
    <message>
        <source>Once. test_and_set_bit() finds SCHED already set and the call returns without touching the list. The book, 7.5: a tasklet scheduled again before it runs &apos;runs only once&apos;.</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 answer</extracomment>
        <translation>Einmal. test_and_set_bit() findet SCHED bereits gesetzt vor, und der Aufruf kehrt zurück, ohne die Liste anzufassen. Das Buch, 7.5: Ein Tasklet, das vor seinem Lauf erneut eingeplant wird, „läuft nur einmal“.</translation>
    </message>
    <message>
        <source>The tick runs rx once</source>
        <extracomment>lesson-02-schedule-twice.json: step 3 title</extracomment>
        <translation>Der Tick führt rx einmal aus</translation>
    </message>
    <message>
        <source>The tick&apos;s irq_exit() runs __do_softirq() in cc1&apos;s context. kernel/softirq.c: tasklet_action() clears SCHED just before the callback, so a schedule from now on queues it again.</source>
        <extracomment>lesson-02-schedule-twice.json: step 3 text</extracomment>
        <translation>irq_exit() des Ticks führt __do_softirq() im Kontext von cc1 aus. kernel/softirq.c: tasklet_action() löscht SCHED unmittelbar vor dem Callback, daher reiht es jedes Einplanen ab jetzt erneut ein.</translation>
    </message>
    <message>
        <source>Scheduled again after the run</source>
        <extracomment>lesson-02-schedule-twice.json: step 4 title</extracomment>
        <translation>Nach dem Lauf erneut eingeplant</translation>
    </message>
    <message>
        <source>SCHED is clear, so this call queues rx again and it runs at the 2 ms tick: one run per schedule that finds the tasklet idle, never one per call.</source>
        <extracomment>lesson-02-schedule-twice.json: step 4 text</extracomment>
        <translation>SCHED ist gelöscht, also reiht dieser Aufruf rx erneut ein, und es läuft beim Tick bei 2 ms: ein Lauf pro Einplanen, das das Tasklet ruhend vorfindet, niemals einer pro Aufruf.</translation>
    </message>
    <message>
        <source>Disabling counts: twice disabled, once enabled</source>
        <extracomment>lesson-03-disable-count.json: title</extracomment>
        <translation>Sperren wird gezählt: zweimal gesperrt, einmal freigegeben</translation>
    </message>
    <message>
        <source>tasklet_disable() increments a counter and tasklet_enable() decrements it; the tasklet may run only when the count is back to 0. After two disables and one enable, rx is still disabled: a schedule queues it but it does not run until the second enable.</source>
        <extracomment>lesson-03-disable-count.json: description</extracomment>
        <translation>tasklet_disable() erhöht einen Zähler und tasklet_enable() verringert ihn; das Tasklet darf nur laufen, wenn der Zähler wieder 0 ist. Nach zweimal Sperren und einmal Freigeben ist rx immer noch gesperrt: Ein Einplanen reiht es ein, aber es läuft erst nach dem zweiten Freigeben.</translation>
    </message>
    <message>
        <source>Two disables</source>
        <extracomment>lesson-03-disable-count.json: step 1 title</extracomment>
        <translation>Zweimal sperren</translation>
    </message>
    <message>
        <source>include/linux/interrupt.h: tasklet_disable() does atomic_inc(&amp;t-&gt;count) and then waits until TASKLET_STATE_RUN is clear (rx is not running, so it returns at once). Called twice, count is 2. The book, 7.5: &apos;the tasklet is disabled until tasklet_enable is called the same number of times&apos;.</source>
        <extracomment>lesson-03-disable-count.json: step 1 text</extracomment>
        <translation>include/linux/interrupt.h: tasklet_disable() führt atomic_inc(&amp;t-&gt;count) aus und wartet dann, bis TASKLET_STATE_RUN gelöscht ist (rx läuft nicht, also kehrt der Aufruf sofort zurück). Nach zwei Aufrufen ist count 2. Das Buch, 7.5: „das Tasklet bleibt gesperrt, bis tasklet_enable ebenso oft aufgerufen wurde“.</translation>
    </message>
    <message>
        <source>One enable</source>
        <extracomment>lesson-03-disable-count.json: step 2 title</extracomment>
        <translation>Einmal freigeben</translation>
    </message>
    <message>
        <source>tasklet_enable() is only atomic_dec(&amp;t-&gt;count): count 1, still disabled. It checks nothing and raises nothing.</source>
        <extracomment>lesson-03-disable-count.json: step 2 text</extracomment>
        <translation>tasklet_enable() ist nur atomic_dec(&amp;t-&gt;count): count 1, immer noch gesperrt. Es prüft nichts und löst nichts aus.</translation>
    </message>
    <message>
        <source>Scheduled while disabled</source>
        <extracomment>lesson-03-disable-count.json: step 3 title</extracomment>
        <translation>Im gesperrten Zustand eingeplant</translation>
    </message>
    <message>
        <source>The trace shows tasklet_requeue events in swapper/0&apos;s irq_exit() and then in ksoftirqd/0: the queued, disabled tasklet keeps the softirq busy (see the next lesson).</source>
        <extracomment>lesson-03-disable-count.json: step 3 text</extracomment>
        <translation>Der Trace zeigt tasklet_requeue-Ereignisse in irq_exit() von swapper/0 und dann in ksoftirqd/0: Das eingereihte, gesperrte Tasklet hält den Softirq beschäftigt (siehe die nächste Lektion).</translation>
    </message>
    <message>
        <source>An interrupt schedules rx now (count is 1). Will the callback run?</source>
        <extracomment>lesson-03-disable-count.json: step 3 question</extracomment>
        <translation>Ein Interrupt plant rx jetzt ein (count ist 1). Wird der Callback laufen?</translation>
    </message>
    <message>
        <source>No. tasklet_schedule() ignores the count and queues rx, but kernel/softirq.c: tasklet_action() sees count != 0, puts it back on the list and raises TASKLET again, pass after pass, without calling it.</source>
        <extracomment>lesson-03-disable-count.json: step 3 answer</extracomment>
        <translation>Nein. tasklet_schedule() ignoriert den Zähler und reiht rx ein, aber kernel/softirq.c: tasklet_action() sieht count != 0, hängt es wieder in die Liste ein und löst TASKLET erneut aus, Durchlauf um Durchlauf, ohne es aufzurufen.</translation>
    </message>
    <message>
        <source>The second enable</source>
        <extracomment>lesson-03-disable-count.json: step 4 title</extracomment>
        <translation>Das zweite Freigeben</translation>
    </message>
    <message>
        <source>count is 0. The very next tasklet_action() pass finds it enabled, clears SCHED and runs the callback, exactly once, in ksoftirqd/0, which was still looping on it.</source>
        <extracomment>lesson-03-disable-count.json: step 4 text</extracomment>
        <translation>count ist 0. Schon der nächste Durchlauf von tasklet_action() findet es freigegeben vor, löscht SCHED und führt den Callback aus, genau einmal, in ksoftirqd/0, dessen Schleife noch immer daran hing.</translation>
    </message>
    <message>
        <source>A disabled tasklet keeps the softirq churning</source>
        <extracomment>lesson-04-disabled-churn.json: title</extracomment>
        <translation>Ein gesperrtes Tasklet hält den Softirq in Dauerschleife</translation>
    </message>
    <message>
        <source>rx is declared with DECLARE_TASKLET_DISABLED and a network interrupt schedules it. Nothing runs it, yet it is not idle: every tasklet_action() puts it back and raises TASKLET again, each __do_softirq() uses its whole restart budget and ksoftirqd/0 spins, taking the CPU from make, until the driver enables it.</source>
        <extracomment>lesson-04-disabled-churn.json: description</extracomment>
        <translation>rx wird mit DECLARE_TASKLET_DISABLED deklariert, und ein Netzwerk-Interrupt plant es ein. Nichts führt es aus, und doch ist es nicht untätig: Jedes tasklet_action() hängt es wieder ein und löst TASKLET erneut aus, jedes __do_softirq() verbraucht sein ganzes Neustartbudget, und ksoftirqd/0 rotiert und nimmt make die CPU weg, bis der Treiber es freigibt.</translation>
    </message>
    <message>
        <source>A disabled tasklet is scheduled</source>
        <extracomment>lesson-04-disabled-churn.json: step 1 title</extracomment>
        <translation>Ein gesperrtes Tasklet wird eingeplant</translation>
    </message>
    <message>
        <source>tasklet_schedule() never looks at the count: rx goes on tasklet_vec with SCHED set. The interrupt&apos;s irq_exit() runs __do_softirq() on top of make.</source>
        <extracomment>lesson-04-disabled-churn.json: step 1 text</extracomment>
        <translation>tasklet_schedule() beachtet den Zähler nie: rx kommt mit gesetztem SCHED in tasklet_vec. irq_exit() des Interrupts führt __do_softirq() über dem unterbrochenen make aus.</translation>
    </message>
    <message>
        <source>Ten passes, then ksoftirqd</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 title</extracomment>
        <translation>Zehn Durchläufe, dann ksoftirqd</translation>
    </message>
    <message>
        <source>This is the R-CHURN rule of kernel-semantics.md 4: the vector is re-raised every pass, without waking anyone, until the tasklet is enabled.</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 text</extracomment>
        <translation>Das ist die Regel R-CHURN aus kernel-semantics.md 4: Der Vektor wird in jedem Durchlauf erneut ausgelöst, ohne jemanden zu wecken, bis das Tasklet freigegeben wird.</translation>
    </message>
    <message>
        <source>How many passes will this __do_softirq() invocation make, and who continues afterwards?</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 question</extracomment>
        <translation>Wie viele Durchläufe macht dieser Aufruf von __do_softirq(), und wer macht danach weiter?</translation>
    </message>
    <message>
        <source>Ten. kernel/softirq.c: tasklet_action_common() finds count != 0, re-inserts rx and calls __raise_softirq_irqoff(TASKLET), so TASKLET is pending after every pass; MAX_SOFTIRQ_RESTART (10) ends the loop and wakeup_softirqd() hands the rest to ksoftirqd/0.</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 answer</extracomment>
        <translation>Zehn. kernel/softirq.c: tasklet_action_common() findet count != 0, fügt rx wieder ein und ruft __raise_softirq_irqoff(TASKLET) auf, daher steht TASKLET nach jedem Durchlauf an; MAX_SOFTIRQ_RESTART (10) beendet die Schleife, und wakeup_softirqd() übergibt den Rest an ksoftirqd/0.</translation>
    </message>
    <message>
        <source>ksoftirqd/0 spins</source>
        <extracomment>lesson-04-disabled-churn.json: step 3 title</extracomment>
        <translation>ksoftirqd/0 rotiert</translation>
    </message>
    <message>
        <source>ksoftirqd/0 (nice 0 under CFS) preempts make and calls __do_softirq() again and again (kernel/softirq.c: run_ksoftirqd()), each time 10 passes of requeues. It gives the CPU up only when the scheduler takes it away.</source>
        <extracomment>lesson-04-disabled-churn.json: step 3 text</extracomment>
        <translation>ksoftirqd/0 (nice 0 unter CFS) verdrängt make und ruft __do_softirq() immer wieder auf (kernel/softirq.c: run_ksoftirqd()), jedes Mal mit 10 Durchläufen voller Wiedereinreihungen. Die CPU gibt es erst ab, wenn der Scheduler sie ihm entzieht.</translation>
    </message>
    <message>
        <source>tasklet_enable() alone raises nothing</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 title</extracomment>
        <translation>tasklet_enable() allein löst nichts aus</translation>
    </message>
    <message>
        <source>include/linux/interrupt.h: tasklet_enable() does not raise the softirq or wake ksoftirqd.</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 text</extracomment>
        <translation>include/linux/interrupt.h: tasklet_enable() löst den Softirq nicht aus und weckt ksoftirqd nicht.</translation>
    </message>
    <message>
        <source>insmod enables rx at 6 ms and goes back to sleep; make gets the CPU. When and in which context will rx finally run?</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 question</extracomment>
        <translation>insmod gibt rx bei 6 ms frei und schläft wieder ein; make bekommt die CPU. Wann und in welchem Kontext läuft rx schließlich?</translation>
    </message>
    <message>
        <source>At the next processing of TASKLET: the 8 ms tick (HZ = 250). Its irq_exit() runs __do_softirq() on top of make, so rx runs in make&apos;s context, not in ksoftirqd/0. tasklet_enable() is only atomic_dec(); the pending TASKLET bit left by the churn does the rest.</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 answer</extracomment>
        <translation>Bei der nächsten Verarbeitung von TASKLET: beim Tick bei 8 ms (HZ = 250). Dessen irq_exit() führt __do_softirq() über dem unterbrochenen make aus, also läuft rx im Kontext von make, nicht in ksoftirqd/0. tasklet_enable() ist nur atomic_dec(); das von der Dauerschleife hinterlassene anstehende TASKLET-Bit erledigt den Rest.</translation>
    </message>
    <message>
        <source>One run, the churn stops</source>
        <extracomment>lesson-04-disabled-churn.json: step 5 title</extracomment>
        <translation>Ein Lauf, die Dauerschleife endet</translation>
    </message>
    <message>
        <source>tasklet_action() finds count 0, clears SCHED and runs rx once. The list is empty, nothing re-raises TASKLET, and ksoftirqd/0 goes back to sleep.</source>
        <extracomment>lesson-04-disabled-churn.json: step 5 text</extracomment>
        <translation>tasklet_action() findet count 0 vor, löscht SCHED und führt rx einmal aus. Die Liste ist leer, nichts löst TASKLET erneut aus, und ksoftirqd/0 schläft wieder ein.</translation>
    </message>
    <message>
        <source>tasklet_kill() waits for a queued tasklet to run</source>
        <extracomment>lesson-05-kill-waits.json: title</extracomment>
        <translation>tasklet_kill() wartet, bis ein eingereihtes Tasklet gelaufen ist</translation>
    </message>
    <message>
        <source>rx is queued on CPU 0, where ethtool holds local_bh_disable(), so it cannot run yet. rmmod on CPU 1 calls tasklet_kill(rx): kill does not remove rx from the list, it sleeps until rx has run once. After kill returns, rx can be scheduled again.</source>
        <extracomment>lesson-05-kill-waits.json: description</extracomment>
        <translation>rx ist auf CPU 0 eingereiht, wo ethtool local_bh_disable() hält, daher kann es noch nicht laufen. rmmod auf CPU 1 ruft tasklet_kill(rx) auf: kill entfernt rx nicht aus der Liste, sondern schläft, bis rx einmal gelaufen ist. Nachdem kill zurückgekehrt ist, kann rx erneut eingeplant werden.</translation>
    </message>
    <message>
        <source>rx is queued on CPU 0 but cannot run</source>
        <extracomment>lesson-05-kill-waits.json: step 1 title</extracomment>
        <translation>rx ist auf CPU 0 eingereiht, kann aber nicht laufen</translation>
    </message>
    <message>
        <source>eth0&apos;s handler schedules rx on CPU 0. Its irq_exit() does not run softirqs because ethtool has bottom halves disabled (in_interrupt() is true, kernel/softirq.c: irq_exit()).</source>
        <extracomment>lesson-05-kill-waits.json: step 1 text</extracomment>
        <translation>Der Handler von eth0 plant rx auf CPU 0 ein. Sein irq_exit() führt keine Softirqs aus, weil ethtool die Bottom Halves gesperrt hat (in_interrupt() ist wahr, kernel/softirq.c: irq_exit()).</translation>
    </message>
    <message>
        <source>rmmod calls tasklet_kill()</source>
        <extracomment>lesson-05-kill-waits.json: step 2 title
----------
lesson-06-kill-disabled.json: step 2 title</extracomment>
        <translation>rmmod ruft tasklet_kill() auf</translation>
    </message>
    <message>
        <source>The book, 7.5: tasklet_kill() &apos;ensures that the tasklet is not scheduled to run again&apos;; if it is scheduled, &apos;the function waits until it has executed&apos;.</source>
        <extracomment>lesson-05-kill-waits.json: step 2 text</extracomment>
        <translation>Das Buch, 7.5: tasklet_kill() „stellt sicher, dass das Tasklet nicht erneut zur Ausführung eingeplant wird“; ist es eingeplant, „wartet die Funktion, bis es ausgeführt wurde“.</translation>
    </message>
    <message>
        <source>rx is queued and enabled. Does tasklet_kill() take it off the list, or wait?</source>
        <extracomment>lesson-05-kill-waits.json: step 2 question</extracomment>
        <translation>rx ist eingereiht und freigegeben. Nimmt tasklet_kill() es aus der Liste, oder wartet es?</translation>
    </message>
    <message>
        <source>It waits. kernel/softirq.c: tasklet_kill() loops on test_and_set_bit(TASKLET_STATE_SCHED) and, in 6.1, sleeps in wait_var_event() (D state) until tasklet_action() clears SCHED; then it waits for RUN to clear. It never dequeues.</source>
        <extracomment>lesson-05-kill-waits.json: step 2 answer</extracomment>
        <translation>Es wartet. kernel/softirq.c: tasklet_kill() wiederholt test_and_set_bit(TASKLET_STATE_SCHED) in einer Schleife und schläft in 6.1 in wait_var_event() (Zustand D), bis tasklet_action() SCHED löscht; dann wartet es, bis RUN gelöscht ist. Es nimmt das Tasklet nie aus der Liste.</translation>
    </message>
    <message>
        <source>local_bh_enable() runs rx, kill returns</source>
        <extracomment>lesson-05-kill-waits.json: step 3 title</extracomment>
        <translation>local_bh_enable() führt rx aus, kill kehrt zurück</translation>
    </message>
    <message>
        <source>ethtool&apos;s local_bh_enable() runs the pending TASKLET softirq in its own context. tasklet_action() clears SCHED (waking rmmod, which now owns SCHED and waits for RUN), runs rx once, and tasklet_unlock() wakes rmmod again: tasklet_kill() returns at 2.55 ms, after exactly one run.</source>
        <extracomment>lesson-05-kill-waits.json: step 3 text</extracomment>
        <translation>Das local_bh_enable() von ethtool führt den anstehenden TASKLET-Softirq im Kontext von ethtool selbst aus. tasklet_action() löscht SCHED (und weckt damit rmmod, das jetzt SCHED besitzt und auf RUN wartet), führt rx einmal aus, und tasklet_unlock() weckt rmmod erneut: tasklet_kill() kehrt bei 2.55 ms zurück, nach genau einem Lauf.</translation>
    </message>
    <message>
        <source>Killed is not dead</source>
        <extracomment>lesson-05-kill-waits.json: step 4 title</extracomment>
        <translation>Gekillt heißt nicht tot</translation>
    </message>
    <message>
        <source>tasklet_kill() leaves SCHED and RUN clear: a new tasklet_schedule() queues rx on CPU 1 and it runs again. A driver must stop whatever schedules the tasklet before killing it.</source>
        <extracomment>lesson-05-kill-waits.json: step 4 text</extracomment>
        <translation>tasklet_kill() hinterlässt SCHED und RUN gelöscht: Ein neues tasklet_schedule() reiht rx auf CPU 1 ein, und es läuft erneut. Ein Treiber muss alles stoppen, was das Tasklet einplant, bevor er tasklet_kill() aufruft.</translation>
    </message>
    <message>
        <source>tasklet_kill() never returns on a disabled tasklet</source>
        <extracomment>lesson-06-kill-disabled.json: title</extracomment>
        <translation>tasklet_kill() kehrt bei einem gesperrten Tasklet nie zurück</translation>
    </message>
    <message>
        <source>rx is declared disabled and gets scheduled. rmmod then calls tasklet_kill(rx): SCHED can only be cleared by running the tasklet, a disabled tasklet never runs, so rmmod waits for ever while ksoftirqd/0 churns on rx. The run ends with tasklet_kill() still waiting.</source>
        <extracomment>lesson-06-kill-disabled.json: description</extracomment>
        <translation>rx wird gesperrt deklariert und eingeplant. Dann ruft rmmod tasklet_kill(rx) auf: SCHED kann nur durch einen Lauf des Tasklets gelöscht werden, ein gesperrtes Tasklet läuft nie, also wartet rmmod ewig, während ksoftirqd/0 in Dauerschleife an rx hängt. Der Simulationslauf endet, während tasklet_kill() noch wartet.</translation>
    </message>
    <message>
        <source>A disabled tasklet is queued</source>
        <extracomment>lesson-06-kill-disabled.json: step 1 title</extracomment>
        <translation>Ein gesperrtes Tasklet wird eingereiht</translation>
    </message>
    <message>
        <source>tasklet_schedule() sets SCHED and queues rx although count is 1. tasklet_action() skips it and re-raises TASKLET every pass; after 10 passes ksoftirqd/0 takes over and keeps doing it.</source>
        <extracomment>lesson-06-kill-disabled.json: step 1 text</extracomment>
        <translation>tasklet_schedule() setzt SCHED und reiht rx ein, obwohl count 1 ist. tasklet_action() überspringt es und löst TASKLET in jedem Durchlauf erneut aus; nach 10 Durchläufen übernimmt ksoftirqd/0 und macht damit weiter.</translation>
    </message>
    <message>
        <source>The simulator reports the call as unfinished at the end of the run. Enable before you kill: the book&apos;s cleanup order is tasklet_enable() (if disabled), then tasklet_kill().</source>
        <extracomment>lesson-06-kill-disabled.json: step 2 text</extracomment>
        <translation>Der Simulator meldet den Aufruf am Ende des Laufs als nicht beendet. Erst freigeben, dann killen: Die Aufräumreihenfolge des Buchs ist tasklet_enable() (falls gesperrt), dann tasklet_kill().</translation>
    </message>
    <message>
        <source>Will tasklet_kill(rx) return?</source>
        <extracomment>lesson-06-kill-disabled.json: step 2 question</extracomment>
        <translation>Kehrt tasklet_kill(rx) zurück?</translation>
    </message>
    <message>
        <source>Never, as long as rx stays disabled. kernel/softirq.c: tasklet_kill() waits for SCHED to clear, and only tasklet_action() clears it, right before calling an enabled tasklet. In 6.1 rmmod sleeps in D state; tasklet_unlock() wakes it after every skipped pass, and whenever CFS gives it the CPU it finds SCHED still set and sleeps again (2.6 keeps calling yield() instead).</source>
        <extracomment>lesson-06-kill-disabled.json: step 2 answer</extracomment>
        <translation>Nie, solange rx gesperrt bleibt. kernel/softirq.c: tasklet_kill() wartet darauf, dass SCHED gelöscht wird, und nur tasklet_action() löscht es, unmittelbar bevor es ein freigegebenes Tasklet aufruft. In 6.1 schläft rmmod im Zustand D; tasklet_unlock() weckt es nach jedem übersprungenen Durchlauf, und wann immer CFS ihm die CPU gibt, findet es SCHED noch gesetzt vor und schläft wieder ein (2.6 ruft stattdessen immer wieder yield() auf).</translation>
    </message>
    <message>
        <source>Self-rescheduling and the restart limit</source>
        <extracomment>lesson-07-restart-limit.json: title</extracomment>
        <translation>Selbst-Neueinplanung und das Neustartlimit</translation>
    </message>
    <message>
        <source>A polling tasklet reschedules itself 24 times (25 runs). Under linux-2.6.10 the interrupt&apos;s irq_exit() runs 10 of them (MAX_SOFTIRQ_RESTART), then hands the rest to ksoftirqd/0. Run it with --profile ldd3-book (one run per invocation: the pre-2.6.2 mask rule) and --profile linux-6.1 (10 passes, 2 ms or need_resched) to compare eras.</source>
        <extracomment>lesson-07-restart-limit.json: description</extracomment>
        <translation>Ein Polling-Tasklet plant sich 24 Mal selbst neu ein (25 Läufe). Unter linux-2.6.10 führt irq_exit() des Interrupts 10 davon aus (MAX_SOFTIRQ_RESTART) und übergibt den Rest dann an ksoftirqd/0. Starten Sie es mit --profile ldd3-book (ein Lauf pro Aufruf: die „mask“-Regel vor 2.6.2) und mit --profile linux-6.1 (10 Durchläufe, 2 ms oder need_resched), um die Kernel-Generationen zu vergleichen.</translation>
    </message>
    <message>
        <source>The interrupt schedules poll</source>
        <extracomment>lesson-07-restart-limit.json: step 1 title</extracomment>
        <translation>Der Interrupt plant poll ein</translation>
    </message>
    <message>
        <source>The handler&apos;s tasklet_schedule() raises TASKLET from hard-IRQ context: no ksoftirqd wake-up, irq_exit() will process it (kernel/softirq.c: raise_softirq_irqoff()).</source>
        <extracomment>lesson-07-restart-limit.json: step 1 text</extracomment>
        <translation>tasklet_schedule() im Handler löst TASKLET aus dem Hard-IRQ-Kontext aus: kein Wecken von ksoftirqd, irq_exit() wird es verarbeiten (kernel/softirq.c: raise_softirq_irqoff()).</translation>
    </message>
    <message>
        <source>poll calls tasklet_schedule() on itself at the end of every run. How many runs happen inside this interrupt&apos;s irq_exit()?</source>
        <extracomment>lesson-07-restart-limit.json: step 1 question</extracomment>
        <translation>poll ruft am Ende jedes Laufs tasklet_schedule() für sich selbst auf. Wie viele Läufe finden in irq_exit() dieses Interrupts statt?</translation>
    </message>
    <message>
        <source>Ten. A tasklet rescheduled from its own callback waits for the next pass (tasklet_action() detached the list first), and kernel/softirq.c: __do_softirq() restarts at most MAX_SOFTIRQ_RESTART = 10 times before calling wakeup_softirqd().</source>
        <extracomment>lesson-07-restart-limit.json: step 1 answer</extracomment>
        <translation>Zehn. Ein aus dem eigenen Callback neu eingeplantes Tasklet wartet auf den nächsten Durchlauf (tasklet_action() hat die Liste vorher abgehängt), und kernel/softirq.c: __do_softirq() startet höchstens MAX_SOFTIRQ_RESTART = 10 Mal neu, bevor es wakeup_softirqd() aufruft.</translation>
    </message>
    <message>
        <source>Ten passes in swapper&apos;s irq_exit()</source>
        <extracomment>lesson-07-restart-limit.json: step 2 title</extracomment>
        <translation>Zehn Durchläufe in irq_exit() von swapper</translation>
    </message>
    <message>
        <source>The CPU was idle, so the runs happen on top of the idle task (swapper, pid 0) in softirq context. After the tenth pass TASKLET is still pending: __do_softirq() wakes ksoftirqd/0 and returns.</source>
        <extracomment>lesson-07-restart-limit.json: step 2 text</extracomment>
        <translation>Die CPU war im Leerlauf, daher finden die Läufe im Softirq-Kontext über dem Idle-Task (swapper, PID 0) statt. Nach dem zehnten Durchlauf steht TASKLET immer noch an: __do_softirq() weckt ksoftirqd/0 und kehrt zurück.</translation>
    </message>
    <message>
        <source>ksoftirqd/0 finishes the work</source>
        <extracomment>lesson-07-restart-limit.json: step 3 title</extracomment>
        <translation>ksoftirqd/0 erledigt die Arbeit</translation>
    </message>
    <message>
        <source>The idle task yields to ksoftirqd/0, whose loop calls do_softirq() while anything is pending (kernel/softirq.c: ksoftirqd()): 10 more runs, then the last 5. This is how the restart limit keeps a softirq storm from starving user space. Under ldd3-book each invocation makes a single pass (only a newly raised vector restarts it), so ksoftirqd does 24 of the 25 runs; under linux-6.1 the 2 ms and need_resched() limits can cut a pass short too.</source>
        <extracomment>lesson-07-restart-limit.json: step 3 text</extracomment>
        <translation>Der Idle-Task überlässt die CPU ksoftirqd/0, dessen Schleife do_softirq() aufruft, solange etwas ansteht (kernel/softirq.c: ksoftirqd()): 10 weitere Läufe, dann die letzten 5. So verhindert das Neustartlimit, dass ein Softirq-Sturm den User Space aushungert. Unter ldd3-book macht jeder Aufruf nur einen Durchlauf (nur ein neu ausgelöster Vektor startet ihn neu), daher erledigt ksoftirqd 24 der 25 Läufe; unter linux-6.1 können zusätzlich die Grenzen 2 ms und need_resched() einen Durchlauf vorzeitig beenden.</translation>
    </message>
    <message>
        <source>A tasklet runs on the CPU that scheduled it</source>
        <extracomment>lesson-08-same-cpu.json: title</extracomment>
        <translation>Ein Tasklet läuft auf der CPU, die es eingeplant hat</translation>
    </message>
    <message>
        <source>Two CPUs, two network interrupts. rx is queued on CPU 0 while ethtool holds bottom halves off there; an interrupt on idle CPU 1 schedules rx too, but that call is a no-op, and rx waits for CPU 0. Later, scheduled from CPU 1, it runs on CPU 1.</source>
        <extracomment>lesson-08-same-cpu.json: description</extracomment>
        <translation>Zwei CPUs, zwei Netzwerk-Interrupts. rx ist auf CPU 0 eingereiht, während ethtool dort die Bottom Halves gesperrt hält; ein Interrupt auf CPU 1, die im Leerlauf ist, plant rx ebenfalls ein, doch dieser Aufruf ist wirkungslos, und rx wartet auf CPU 0. Später, von CPU 1 eingeplant, läuft es auf CPU 1.</translation>
    </message>
    <message>
        <source>Queued on CPU 0</source>
        <extracomment>lesson-08-same-cpu.json: step 1 title</extracomment>
        <translation>Auf CPU 0 eingereiht</translation>
    </message>
    <message>
        <source>kernel/softirq.c: __tasklet_schedule() puts the tasklet on this_cpu&apos;s tasklet_vec. The book, 7.5: &apos;a tasklet always runs on the same CPU that schedules it&apos;. Bottom halves are off on CPU 0, so it waits.</source>
        <extracomment>lesson-08-same-cpu.json: step 1 text</extracomment>
        <translation>kernel/softirq.c: __tasklet_schedule() hängt das Tasklet in die tasklet_vec von this_cpu ein. Das Buch, 7.5: „ein Tasklet läuft immer auf derselben CPU, die es einplant“. Auf CPU 0 sind die Bottom Halves gesperrt, also wartet es.</translation>
    </message>
    <message>
        <source>CPU 1 schedules it too</source>
        <extracomment>lesson-08-same-cpu.json: step 2 title</extracomment>
        <translation>CPU 1 plant es ebenfalls ein</translation>
    </message>
    <message>
        <source>CPU 1 stays idle even though it could run rx right now.</source>
        <extracomment>lesson-08-same-cpu.json: step 2 text</extracomment>
        <translation>CPU 1 bleibt im Leerlauf, obwohl sie rx sofort ausführen könnte.</translation>
    </message>
    <message>
        <source>CPU 1 is idle and also calls tasklet_schedule(rx). Where will rx run, and how often?</source>
        <extracomment>lesson-08-same-cpu.json: step 2 question</extracomment>
        <translation>CPU 1 ist im Leerlauf und ruft ebenfalls tasklet_schedule(rx) auf. Wo läuft rx, und wie oft?</translation>
    </message>
    <message>
        <source>Once, on CPU 0. SCHED is already set, so CPU 1&apos;s call is a no-op: nothing moves a queued tasklet to another CPU (only CPU hot-unplug does, kernel/softirq.c: takeover_tasklets()).</source>
        <extracomment>lesson-08-same-cpu.json: step 2 answer</extracomment>
        <translation>Einmal, auf CPU 0. SCHED ist bereits gesetzt, daher ist der Aufruf von CPU 1 wirkungslos: Nichts verschiebt ein eingereihtes Tasklet auf eine andere CPU (nur CPU-Hot-Unplug tut das, kernel/softirq.c: takeover_tasklets()).</translation>
    </message>
    <message>
        <source>CPU 0 runs it</source>
        <extracomment>lesson-08-same-cpu.json: step 3 title</extracomment>
        <translation>CPU 0 führt es aus</translation>
    </message>
    <message>
        <source>local_bh_enable() on CPU 0 processes the pending TASKLET softirq in ethtool&apos;s context.</source>
        <extracomment>lesson-08-same-cpu.json: step 3 text</extracomment>
        <translation>local_bh_enable() auf CPU 0 verarbeitet den anstehenden TASKLET-Softirq im Kontext von ethtool.</translation>
    </message>
    <message>
        <source>Scheduled from CPU 1, run on CPU 1</source>
        <extracomment>lesson-08-same-cpu.json: step 4 title</extracomment>
        <translation>Von CPU 1 eingeplant, auf CPU 1 ausgeführt</translation>
    </message>
    <message>
        <source>Now rx is idle, CPU 1&apos;s interrupt queues it on CPU 1&apos;s list and CPU 1&apos;s irq_exit() runs it on top of swapper/1.</source>
        <extracomment>lesson-08-same-cpu.json: step 4 text</extracomment>
        <translation>Da rx jetzt ruhend ist, reiht der Interrupt von CPU 1 es in die Liste von CPU 1 ein, und irq_exit() von CPU 1 führt es über swapper/1 aus.</translation>
    </message>
    <message>
        <source>SMP: a tasklet never runs on two CPUs at once</source>
        <extracomment>lesson-09-smp-serialization.json: title</extracomment>
        <translation>SMP: Ein Tasklet läuft nie auf zwei CPUs gleichzeitig</translation>
    </message>
    <message>
        <source>rx (300 us of work) is running on CPU 0 when an interrupt on CPU 1 schedules it again. CPU 1 queues it, but tasklet_action() cannot take the RUN lock: it puts rx back and re-raises TASKLET until CPU 0&apos;s callback returns. The second run starts on CPU 1 the moment the first one ends.</source>
        <extracomment>lesson-09-smp-serialization.json: description</extracomment>
        <translation>rx (300 us Arbeit) läuft auf CPU 0, als ein Interrupt auf CPU 1 es erneut einplant. CPU 1 reiht es ein, aber tasklet_action() bekommt den RUN-Lock nicht: Es hängt rx wieder ein und löst TASKLET erneut aus, bis der Callback auf CPU 0 zurückkehrt. Der zweite Lauf beginnt auf CPU 1 in dem Moment, in dem der erste endet.</translation>
    </message>
    <message>
        <source>rx runs on CPU 0</source>
        <extracomment>lesson-09-smp-serialization.json: step 1 title</extracomment>
        <translation>rx läuft auf CPU 0</translation>
    </message>
    <message>
        <source>tasklet_action() clears SCHED and takes TASKLET_STATE_RUN with tasklet_trylock() before calling rx (kernel/softirq.c: tasklet_action_common()).</source>
        <extracomment>lesson-09-smp-serialization.json: step 1 text</extracomment>
        <translation>tasklet_action() löscht SCHED und nimmt TASKLET_STATE_RUN mit tasklet_trylock(), bevor es rx aufruft (kernel/softirq.c: tasklet_action_common()).</translation>
    </message>
    <message>
        <source>CPU 1 schedules rx while it runs</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 title</extracomment>
        <translation>CPU 1 plant rx ein, während es läuft</translation>
    </message>
    <message>
        <source>The trace shows tasklet_requeue events with state RUN on CPU 1.</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 text</extracomment>
        <translation>Der Trace zeigt tasklet_requeue-Ereignisse mit Zustand RUN auf CPU 1.</translation>
    </message>
    <message>
        <source>SCHED is clear, so CPU 1&apos;s tasklet_schedule() queues rx on CPU 1. Will CPU 1 run it now, in parallel with CPU 0?</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 question</extracomment>
        <translation>SCHED ist gelöscht, also reiht tasklet_schedule() von CPU 1 rx auf CPU 1 ein. Führt CPU 1 es jetzt aus, parallel zu CPU 0?</translation>
    </message>
    <message>
        <source>No. tasklet_trylock() fails because RUN is set: CPU 1 re-inserts rx and raises TASKLET again, pass after pass (first in irq_exit(), then in ksoftirqd/1), until CPU 0&apos;s tasklet_unlock(). The book, 7.5: &apos;a tasklet ... is never run by more than one CPU at once&apos;.</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 answer</extracomment>
        <translation>Nein. tasklet_trylock() schlägt fehl, weil RUN gesetzt ist: CPU 1 fügt rx wieder ein und löst TASKLET erneut aus, Durchlauf um Durchlauf (erst in irq_exit(), dann in ksoftirqd/1), bis CPU 0 tasklet_unlock() aufruft. Das Buch, 7.5: „ein Tasklet … wird nie von mehr als einer CPU gleichzeitig ausgeführt“.</translation>
    </message>
    <message>
        <source>CPU 0 unlocks, CPU 1 runs</source>
        <extracomment>lesson-09-smp-serialization.json: step 3 title</extracomment>
        <translation>CPU 0 gibt den Lock frei, CPU 1 führt aus</translation>
    </message>
    <message>
        <source>rx returns on CPU 0 at 1.4051 ms; in the same instant ksoftirqd/1&apos;s next pass gets the lock and runs rx on CPU 1. Two runs, back to back, never overlapping: a tasklet needs no lock against itself, only against other code.</source>
        <extracomment>lesson-09-smp-serialization.json: step 3 text</extracomment>
        <translation>rx kehrt auf CPU 0 bei 1.4051 ms zurück; im selben Augenblick bekommt der nächste Durchlauf von ksoftirqd/1 den Lock und führt rx auf CPU 1 aus. Zwei Läufe, direkt hintereinander, nie überlappend: Ein Tasklet braucht keinen Lock gegen sich selbst, nur gegen anderen Code.</translation>
    </message>
    <message>
        <source>Tasklet order: LIFO in 2.6, FIFO in 6.1</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: title</extracomment>
        <translation>Tasklet-Reihenfolge: LIFO in 2.6, FIFO in 6.1</translation>
    </message>
    <message>
        <source>netd disables bottom halves, schedules tasklets a, b and c, and enables bottom halves again. Under linux-2.6.10 they run c, b, a: __tasklet_schedule() pushes at the head of the list. Run it with --profile linux-6.1 to see a, b, c: modern kernels append at the tail.</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: description</extracomment>
        <translation>netd sperrt die Bottom Halves, plant die Tasklets a, b und c ein und gibt die Bottom Halves wieder frei. Unter linux-2.6.10 laufen sie in der Reihenfolge c, b, a: __tasklet_schedule() fügt am Kopf der Liste ein. Starten Sie es mit --profile linux-6.1, um a, b, c zu sehen: Moderne Kernel hängen am Ende an.</translation>
    </message>
    <message>
        <source>a, b, c are queued</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 1 title</extracomment>
        <translation>a, b, c werden eingereiht</translation>
    </message>
    <message>
        <source>With bottom halves disabled nothing runs them yet. 2.6.10&apos;s kernel/softirq.c: __tasklet_schedule() does t-&gt;next = head; head = t: each new tasklet goes in front.</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 1 text</extracomment>
        <translation>Bei gesperrten Bottom Halves führt sie noch nichts aus. In 2.6.10 macht kernel/softirq.c: __tasklet_schedule() t-&gt;next = head; head = t: Jedes neue Tasklet kommt nach vorn.</translation>
    </message>
    <message>
        <source>local_bh_enable() runs the list</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 title</extracomment>
        <translation>local_bh_enable() arbeitet die Liste ab</translation>
    </message>
    <message>
        <source>tasklet_action() detaches the whole list and walks it from the head. The book makes no promise about the order of different tasklets, and portable drivers must not rely on one.</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 text</extracomment>
        <translation>tasklet_action() hängt die ganze Liste ab und geht sie vom Kopf aus durch. Das Buch verspricht keine bestimmte Reihenfolge verschiedener Tasklets, und portable Treiber dürfen sich auf keine verlassen.</translation>
    </message>
    <message>
        <source>In which order do a, b and c run under linux-2.6.10? And under linux-6.1?</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 question</extracomment>
        <translation>In welcher Reihenfolge laufen a, b und c unter linux-2.6.10? Und unter linux-6.1?</translation>
    </message>
    <message>
        <source>2.6.10: c, b, a (LIFO, the list is a stack). 6.1: a, b, c (FIFO: since about 2.6.34 tasklet_vec has a tail pointer and __tasklet_schedule_common() appends).</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 answer</extracomment>
        <translation>2.6.10: c, b, a (LIFO, die Liste ist ein Stapel). 6.1: a, b, c (FIFO: seit etwa 2.6.34 hat tasklet_vec einen Tail-Zeiger, und __tasklet_schedule_common() hängt hinten an).</translation>
    </message>
    <message>
        <source>Top half and bottom half: a network interrupt</source>
        <extracomment>lesson-11-top-bottom-half.json: title</extracomment>
        <translation>Top Half und Bottom Half: ein Netzwerk-Interrupt</translation>
    </message>
    <message>
        <source>A network card interrupts twice while make keeps the CPU busy. The top half (8 us, interrupts off) only acknowledges the device, schedules the eth0_rx tasklet and wakes sshd, which waits for data. The bottom half (40 us) runs right after the handler, at irq_exit(), with interrupts on, still on top of make. sshd runs after that.</source>
        <extracomment>lesson-11-top-bottom-half.json: description</extracomment>
        <translation>Eine Netzwerkkarte löst zweimal einen Interrupt aus, während make die CPU auslastet. Die Top Half (8 us, Interrupts aus) quittiert nur den Interrupt beim Gerät, plant das Tasklet eth0_rx ein und weckt sshd, das auf Daten wartet. Die Bottom Half (40 us) läuft direkt nach dem Handler, in irq_exit(), mit eingeschalteten Interrupts, immer noch über make. Danach läuft sshd.</translation>
    </message>
    <message>
        <source>The top half</source>
        <extracomment>lesson-11-top-bottom-half.json: step 1 title</extracomment>
        <translation>Die Top Half</translation>
    </message>
    <message>
        <source>LDD3 10.4: the handler does the minimum in hard-IRQ context and defers the rest. Here it calls tasklet_schedule(eth0_rx) (from hard-IRQ context: raise without waking ksoftirqd) and wakes sshd.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 1 text</extracomment>
        <translation>LDD3 10.4: Der Handler erledigt im Hard-IRQ-Kontext nur das Nötigste und verschiebt den Rest. Hier ruft er tasklet_schedule(eth0_rx) auf (aus dem Hard-IRQ-Kontext: Auslösen ohne Wecken von ksoftirqd) und weckt sshd.</translation>
    </message>
    <message>
        <source>The bottom half</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 title</extracomment>
        <translation>Die Bottom Half</translation>
    </message>
    <message>
        <source>6.1&apos;s ksoftirqd_running() shortcut does not apply: it defers only when no HI or TASKLET bit is pending.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 text</extracomment>
        <translation>Die Abkürzung ksoftirqd_running() in 6.1 greift hier nicht: Sie verschiebt die Arbeit nur, wenn kein HI- oder TASKLET-Bit ansteht.</translation>
    </message>
    <message>
        <source>The handler has returned. Who runs eth0_rx first: ksoftirqd/0, sshd or irq_exit()?</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 question</extracomment>
        <translation>Der Handler ist zurückgekehrt. Wer führt eth0_rx zuerst aus: ksoftirqd/0, sshd oder irq_exit()?</translation>
    </message>
    <message>
        <source>irq_exit(). kernel/softirq.c: irq_exit() sees TASKLET pending outside interrupt context and calls __do_softirq() right away, on top of the interrupted task (make), in softirq context. Only then does the scheduler switch to sshd.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 answer</extracomment>
        <translation>irq_exit(). kernel/softirq.c: irq_exit() sieht TASKLET außerhalb des Interruptkontexts anstehen und ruft sofort __do_softirq() auf, über dem unterbrochenen Task (make), im Softirq-Kontext. Erst danach wechselt der Scheduler zu sshd.</translation>
    </message>
    <message>
        <source>The woken task runs</source>
        <extracomment>lesson-11-top-bottom-half.json: step 3 title</extracomment>
        <translation>Der geweckte Task läuft</translation>
    </message>
    <message>
        <source>On the way back to user mode the scheduler switches to sshd (woken by the top half), which finds the data the bottom half prepared, then sleeps again; make continues.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 3 text</extracomment>
        <translation>Auf dem Rückweg in den User-Modus wechselt der Scheduler zu sshd (von der Top Half geweckt), das die von der Bottom Half vorbereiteten Daten vorfindet und dann wieder schläft; make läuft weiter.</translation>
    </message>
    <message>
        <source>The same again</source>
        <extracomment>lesson-11-top-bottom-half.json: step 4 title</extracomment>
        <translation>Dasselbe noch einmal</translation>
    </message>
    <message>
        <source>Every interrupt gives one top half and one tasklet run. Had a second interrupt arrived before eth0_rx ran, both would share one run (the lesson &apos;Schedule twice, run once&apos;).</source>
        <extracomment>lesson-11-top-bottom-half.json: step 4 text</extracomment>
        <translation>Jeder Interrupt ergibt eine Top Half und einen Tasklet-Lauf. Wäre ein zweiter Interrupt eingetroffen, bevor eth0_rx lief, hätten sich beide einen Lauf geteilt (die Lektion „Zweimal eingeplant, einmal ausgeführt“).</translation>
    </message>
    <message>
        <source>Vector order, pass by pass</source>
        <extracomment>lesson-12-vector-order.json: title</extracomment>
        <translation>Vektorreihenfolge, Durchlauf für Durchlauf</translation>
    </message>
    <message>
        <source>On an idle CPU the tick raises TIMER. While TIMER&apos;s action runs (we make it take 30 us with costs.softirq_action), a network interrupt schedules the normal tasklet rx and then a keyboard interrupt schedules the hi tasklet kbd. They were not pending when the pass started, so they wait for the next pass, where HI runs before TASKLET although it was raised last.</source>
        <extracomment>lesson-12-vector-order.json: description</extracomment>
        <translation>Auf einer CPU im Leerlauf löst der Tick TIMER aus. Während die Aktion von TIMER läuft (wir lassen sie mit costs.softirq_action 30 us dauern), plant ein Netzwerk-Interrupt das normale Tasklet rx ein und danach ein Tastatur-Interrupt das Hi-Tasklet kbd. Sie standen nicht an, als der Durchlauf begann, also warten sie auf den nächsten Durchlauf, in dem HI vor TASKLET läuft, obwohl es zuletzt ausgelöst wurde.</translation>
    </message>
    <message>
        <source>Pass 1: only TIMER</source>
        <extracomment>lesson-12-vector-order.json: step 1 title</extracomment>
        <translation>Durchlauf 1: nur TIMER</translation>
    </message>
    <message>
        <source>kernel/softirq.c: __do_softirq() copies the pending mask (TIMER) and clears it, then runs each set vector in ascending order with interrupts enabled.</source>
        <extracomment>lesson-12-vector-order.json: step 1 text</extracomment>
        <translation>kernel/softirq.c: __do_softirq() kopiert die Maske der anstehenden Softirqs (TIMER) und löscht sie, dann führt es jeden gesetzten Vektor in aufsteigender Reihenfolge bei eingeschalteten Interrupts aus.</translation>
    </message>
    <message>
        <source>Interrupts inside the softirq</source>
        <extracomment>lesson-12-vector-order.json: step 2 title</extracomment>
        <translation>Interrupts innerhalb des Softirqs</translation>
    </message>
    <message>
        <source>The nested handlers run in hard-IRQ context on top of the softirq.</source>
        <extracomment>lesson-12-vector-order.json: step 2 text</extracomment>
        <translation>Die verschachtelten Handler laufen im Hard-IRQ-Kontext über dem Softirq.</translation>
    </message>
    <message>
        <source>eth0 raises TASKLET at 1.01 ms, i8042 raises HI at 1.02 ms, both while TIMER&apos;s action runs. When do rx and kbd run, and in which order?</source>
        <extracomment>lesson-12-vector-order.json: step 2 question</extracomment>
        <translation>eth0 löst TASKLET bei 1.01 ms aus, i8042 löst HI bei 1.02 ms aus, beide während die Aktion von TIMER läuft. Wann laufen rx und kbd, und in welcher Reihenfolge?</translation>
    </message>
    <message>
        <source>In pass 2 of the same __do_softirq(), kbd (HI = 0) first, then rx (TASKLET = 5). Pass 1 only serves the bits of its snapshot; the restart check after it finds HI|TASKLET pending. A nested irq_exit() does not start a second __do_softirq(): in_interrupt() is true.</source>
        <extracomment>lesson-12-vector-order.json: step 2 answer</extracomment>
        <translation>In Durchlauf 2 desselben __do_softirq(), zuerst kbd (HI = 0), dann rx (TASKLET = 5). Durchlauf 1 bedient nur die Bits seiner Momentaufnahme; die Neustartprüfung danach findet HI|TASKLET anstehend vor. Ein verschachteltes irq_exit() startet kein zweites __do_softirq(): in_interrupt() ist wahr.</translation>
    </message>
    <message>
        <source>Pass 2: HI before TASKLET</source>
        <extracomment>lesson-12-vector-order.json: step 3 title</extracomment>
        <translation>Durchlauf 2: HI vor TASKLET</translation>
    </message>
    <message>
        <source>The order is the vector number, not the order of raising: HI_SOFTIRQ = 0 is served by tasklet_hi_action(), TASKLET_SOFTIRQ = 5 by tasklet_action() (include/linux/interrupt.h). That is what tasklet_hi_schedule() buys: &apos;high-priority&apos; tasklets run before timers and every other softirq.</source>
        <extracomment>lesson-12-vector-order.json: step 3 text</extracomment>
        <translation>Die Reihenfolge ergibt sich aus der Vektornummer, nicht aus der Reihenfolge des Auslösens: HI_SOFTIRQ = 0 wird von tasklet_hi_action() bedient, TASKLET_SOFTIRQ = 5 von tasklet_action() (include/linux/interrupt.h). Genau das bringt tasklet_hi_schedule(): „hochpriore“ Tasklets laufen vor Timern und jedem anderen Softirq.</translation>
    </message>
    <message>
        <source>local_bh_disable() and local_bh_enable()</source>
        <extracomment>lesson-13-local-bh.json: title</extracomment>
        <translation>local_bh_disable() und local_bh_enable()</translation>
    </message>
    <message>
        <source>netstat disables bottom halves on CPU 0 (as spin_lock_bh() does). A network interrupt schedules rx meanwhile: its irq_exit() may not run softirqs, and nobody wakes ksoftirqd. When netstat calls local_bh_enable(), the pending tasklet runs at once, in netstat&apos;s own context.</source>
        <extracomment>lesson-13-local-bh.json: description</extracomment>
        <translation>netstat sperrt die Bottom Halves auf CPU 0 (wie es spin_lock_bh() tut). Unterdessen plant ein Netzwerk-Interrupt rx ein: Sein irq_exit() darf keine Softirqs ausführen, und niemand weckt ksoftirqd. Wenn netstat local_bh_enable() aufruft, läuft das anstehende Tasklet sofort, im eigenen Kontext von netstat.</translation>
    </message>
    <message>
        <source>Bottom halves off</source>
        <extracomment>lesson-13-local-bh.json: step 1 title</extracomment>
        <translation>Bottom Halves aus</translation>
    </message>
    <message>
        <source>local_bh_disable() adds SOFTIRQ_DISABLE_OFFSET to preempt_count (include/linux/bottom_half.h). in_interrupt() is now true in this task, although it is in process context.</source>
        <extracomment>lesson-13-local-bh.json: step 1 text</extracomment>
        <translation>local_bh_disable() addiert SOFTIRQ_DISABLE_OFFSET zu preempt_count (include/linux/bottom_half.h). in_interrupt() ist in diesem Task jetzt wahr, obwohl er sich im Prozesskontext befindet.</translation>
    </message>
    <message>
        <source>An interrupt schedules rx</source>
        <extracomment>lesson-13-local-bh.json: step 2 title</extracomment>
        <translation>Ein Interrupt plant rx ein</translation>
    </message>
    <message>
        <source>The raise comes from hard-IRQ context, so raise_softirq_irqoff() does not wake ksoftirqd, and irq_exit() skips __do_softirq() because in_interrupt() is true. rx waits.</source>
        <extracomment>lesson-13-local-bh.json: step 2 text</extracomment>
        <translation>Das Auslösen kommt aus dem Hard-IRQ-Kontext, daher weckt raise_softirq_irqoff() ksoftirqd nicht, und irq_exit() überspringt __do_softirq(), weil in_interrupt() wahr ist. rx wartet.</translation>
    </message>
    <message>
        <source>local_bh_enable()</source>
        <extracomment>lesson-13-local-bh.json: step 3 title</extracomment>
        <translation>local_bh_enable()</translation>
    </message>
    <message>
        <source>This is the LDD3 5.5 rule behind spin_lock_bh(): code that shares data with a tasklet disables bottom halves, and the tasklet runs as soon as the lock is released.</source>
        <extracomment>lesson-13-local-bh.json: step 3 text</extracomment>
        <translation>Das ist die Regel aus LDD3 5.5 hinter spin_lock_bh(): Code, der Daten mit einem Tasklet teilt, sperrt die Bottom Halves, und das Tasklet läuft, sobald der Lock freigegeben wird.</translation>
    </message>
    <message>
        <source>netstat re-enables bottom halves. In which task&apos;s context does rx run?</source>
        <extracomment>lesson-13-local-bh.json: step 3 question</extracomment>
        <translation>netstat gibt die Bottom Halves wieder frei. Im Kontext welches Tasks läuft rx?</translation>
    </message>
    <message>
        <source>In netstat&apos;s (pid 1900): kernel/softirq.c: __local_bh_enable_ip() calls do_softirq() as soon as the count drops to 0 and something is pending, on the caller&apos;s stack. Not ksoftirqd, which was never woken.</source>
        <extracomment>lesson-13-local-bh.json: step 3 answer</extracomment>
        <translation>Im Kontext von netstat (PID 1900): kernel/softirq.c: __local_bh_enable_ip() ruft do_softirq() auf dem Stack des Aufrufers auf, sobald der Zähler auf 0 fällt und etwas ansteht. Nicht in ksoftirqd, das nie geweckt wurde.</translation>
    </message>
    <message>
        <source>Why tasklets are deprecated: BH workqueues (6.9)</source>
        <extracomment>lesson-14-bh-workqueue.json: title</extracomment>
        <translation>Warum Tasklets veraltet sind: BH-Workqueues (6.9)</translation>
    </message>
    <message>
        <source>Since 5.9 include/linux/interrupt.h calls tasklets deprecated; 6.9 added BH workqueues as their replacement: work items that run in the same softirq, with workqueue semantics. A network interrupt schedules the legacy tasklet old_rx and queues the BH work item rx_work, in that order. Inside the TASKLET softirq the work item runs first.</source>
        <extracomment>lesson-14-bh-workqueue.json: description</extracomment>
        <translation>Seit 5.9 bezeichnet include/linux/interrupt.h Tasklets als veraltet; 6.9 führte BH-Workqueues als Ersatz ein: Work-Items, die im selben Softirq laufen, mit Workqueue-Semantik. Ein Netzwerk-Interrupt plant das herkömmliche Tasklet old_rx ein und reiht das BH-Work-Item rx_work ein, in dieser Reihenfolge. Innerhalb des TASKLET-Softirqs läuft das Work-Item zuerst.</translation>
    </message>
    <message>
        <source>A tasklet and a BH work item</source>
        <extracomment>lesson-14-bh-workqueue.json: step 1 title</extracomment>
        <translation>Ein Tasklet und ein BH-Work-Item</translation>
    </message>
    <message>
        <source>tasklet_schedule(old_rx) queues the tasklet; queue_work(system_bh_wq, rx_work) queues the work item on the CPU&apos;s BH worker pool and raises TASKLET (kernel/workqueue.c: kick_bh_pool()).</source>
        <extracomment>lesson-14-bh-workqueue.json: step 1 text</extracomment>
        <translation>tasklet_schedule(old_rx) reiht das Tasklet ein; queue_work(system_bh_wq, rx_work) reiht das Work-Item in den BH-Worker-Pool der CPU ein und löst TASKLET aus (kernel/workqueue.c: kick_bh_pool()).</translation>
    </message>
    <message>
        <source>Who runs first?</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 title</extracomment>
        <translation>Wer läuft zuerst?</translation>
    </message>
    <message>
        <source>Both run in softirq context on top of swapper/0, in irq_exit().</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 text</extracomment>
        <translation>Beide laufen im Softirq-Kontext über swapper/0, in irq_exit().</translation>
    </message>
    <message>
        <source>old_rx was scheduled before rx_work. Which runs first in the TASKLET softirq?</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 question</extracomment>
        <translation>old_rx wurde vor rx_work eingeplant. Was läuft im TASKLET-Softirq zuerst?</translation>
    </message>
    <message>
        <source>rx_work. kernel/softirq.c: tasklet_action() first calls workqueue_softirq_action(false) and only then walks tasklet_vec; tasklet_hi_action() does the same with the highpri pool.</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 answer</extracomment>
        <translation>rx_work. kernel/softirq.c: tasklet_action() ruft zuerst workqueue_softirq_action(false) auf und geht erst danach tasklet_vec durch; tasklet_hi_action() macht dasselbe mit dem highpri-Pool.</translation>
    </message>
    <message>
        <source>What changes</source>
        <extracomment>lesson-14-bh-workqueue.json: step 3 title</extracomment>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>BH work items keep the softirq context of tasklets but get workqueue rules: queue_work() on a pending item is a no-op like a second tasklet_schedule(), flush and cancel (cancel_work_sync()) replace the fragile tasklet_kill(), and there is no tasklet_disable() that spins or sleeps. New code should use them, or threaded interrupts.</source>
        <extracomment>lesson-14-bh-workqueue.json: step 3 text</extracomment>
        <translation>BH-Work-Items behalten den Softirq-Kontext der Tasklets, folgen aber den Workqueue-Regeln: queue_work() auf ein bereits anstehendes Item ist wirkungslos wie ein zweites tasklet_schedule(), Flush und Cancel (cancel_work_sync()) ersetzen das fehleranfällige tasklet_kill(), und es gibt kein tasklet_disable(), das rotiert oder schläft. Neuer Code sollte sie verwenden oder Threaded Interrupts.</translation>
    </message>
    <message>
        <source>tasklet_kill() from interrupt context</source>
        <extracomment>lesson-15-kill-from-irq.json: title</extracomment>
        <translation>tasklet_kill() aus dem Interruptkontext</translation>
    </message>
    <message>
        <source>A driver calls tasklet_kill(rx) from a hard interrupt handler. rx is idle, so the call does not have to wait, but the kernel still complains: tasklet_kill() may sleep and belongs in process context. The tasklet is unaffected and runs when scheduled later.</source>
        <extracomment>lesson-15-kill-from-irq.json: description</extracomment>
        <translation>Ein Treiber ruft tasklet_kill(rx) aus einem Hard-Interrupt-Handler auf. rx ist ruhend, also muss der Aufruf nicht warten, aber der Kernel beschwert sich trotzdem: tasklet_kill() kann schlafen und gehört in den Prozesskontext. Das Tasklet bleibt unberührt und läuft, wenn es später eingeplant wird.</translation>
    </message>
    <message>
        <source>Kill from a hard IRQ</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 title</extracomment>
        <translation>Kill aus einem Hard-IRQ</translation>
    </message>
    <message>
        <source>Had rx been queued or running, the kill would have had to sleep in atomic context: &apos;BUG: scheduling while atomic&apos;.</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 text</extracomment>
        <translation>Wäre rx eingereiht gewesen oder gelaufen, hätte kill in atomarem Kontext schlafen müssen: „BUG: scheduling while atomic“.</translation>
    </message>
    <message>
        <source>rx is neither queued nor running. What does tasklet_kill() do in a hard-IRQ handler?</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 question</extracomment>
        <translation>rx ist weder eingereiht, noch läuft es. Was tut tasklet_kill() in einem Hard-IRQ-Handler?</translation>
    </message>
    <message>
        <source>It prints &apos;Attempt to kill tasklet from interrupt&apos; (kernel/softirq.c: tasklet_kill(), a pr_notice() in 6.1, printk() in 2.6) because in_interrupt() is true, then carries on: SCHED was clear, so it returns at once.</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 answer</extracomment>
        <translation>Es gibt „Attempt to kill tasklet from interrupt“ aus (kernel/softirq.c: tasklet_kill(), ein pr_notice() in 6.1, printk() in 2.6), weil in_interrupt() wahr ist, und macht dann weiter: SCHED war gelöscht, also kehrt es sofort zurück.</translation>
    </message>
    <message>
        <source>Still usable</source>
        <extracomment>lesson-15-kill-from-irq.json: step 2 title</extracomment>
        <translation>Weiterhin verwendbar</translation>
    </message>
    <message>
        <source>tasklet_kill() left SCHED clear: the next tasklet_schedule() queues rx and irq_exit() runs it.</source>
        <extracomment>lesson-15-kill-from-irq.json: step 2 text</extracomment>
        <translation>tasklet_kill() hat SCHED gelöscht gelassen: Das nächste tasklet_schedule() reiht rx ein, und irq_exit() führt es aus.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TaskletLab: a deterministic simulator of Linux tasklets and softirqs.</source>
        <translation>TaskletLab: ein deterministischer Simulator für Linux-Tasklets und Softirqs.</translation>
    </message>
    <message>
        <source>Scenario file to open (default: the LDD3 busy CPU lesson).</source>
        <translation>Zu öffnende Szenariodatei (Standard: die LDD3-Lektion „ausgelastete CPU“).</translation>
    </message>
    <message>
        <source>Kernel profile to simulate.</source>
        <translation>Zu simulierendes Kernelprofil.</translation>
    </message>
    <message>
        <source>Simulate up to this time before showing the window.</source>
        <translation>Vor dem Anzeigen des Fensters bis zu dieser Zeit simulieren.</translation>
    </message>
    <message>
        <source>Render the main window to this PNG file and exit.</source>
        <translation>Hauptfenster in diese PNG-Datei zeichnen und beenden.</translation>
    </message>
    <message>
        <source>User interface language (de, es, fr, zh_CN).</source>
        <translation>Sprache der Benutzeroberfläche (de, es, fr, zh_CN).</translation>
    </message>
    <message>
        <source>at most one scenario file may be given</source>
        <translation>höchstens eine Szenariodatei ist erlaubt</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos; (try taskletlab-cli profiles)</source>
        <translation>unbekanntes Profil „%1“ (siehe taskletlab-cli profiles)</translation>
    </message>
    <message>
        <source>--run-until: %1</source>
        <translation>--run-until: %1</translation>
    </message>
    <message>
        <source>Start in presenter mode (full screen, large high-contrast text).</source>
        <translation>Im Präsentationsmodus starten (Vollbild, große kontrastreiche Schrift).</translation>
    </message>
    <message>
        <source>Also open the profile comparison, e.g. ldd3-book,linux-2.6.10,linux-6.1.</source>
        <translation>Zusätzlich den Profilvergleich öffnen, z. B. ldd3-book,linux-2.6.10,linux-6.1.</translation>
    </message>
    <message>
        <source>--compare takes two or three profiles</source>
        <translation>--compare erwartet zwei oder drei Profile</translation>
    </message>
</context>
<context>
    <name>tlui::CompareWindow</name>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>Compare Profiles — %1</source>
        <translation>Profile vergleichen — %1</translation>
    </message>
    <message>
        <source>/proc Reads</source>
        <translation>/proc-Lesungen</translation>
    </message>
    <message>
        <source>Tasklet Runs</source>
        <translation>Tasklet-Läufe</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>vs</source>
        <translation>vs.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Run the scenario under each chosen profile and compare the runs</source>
        <translation>Das Szenario unter jedem gewählten Profil ausführen und die Läufe vergleichen</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Show the whole of the longest run in every timeline</source>
        <translation>In jeder Zeitleiste den längsten Lauf vollständig zeigen</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Copy the comparison as plain text (differing lines marked with *)</source>
        <translation>Den Vergleich als reinen Text kopieren (abweichende Zeilen mit * markiert)</translation>
    </message>
    <message>
        <source>Choose at least two profiles to compare.</source>
        <translation>Mindestens zwei Profile zum Vergleichen auswählen.</translation>
    </message>
    <message>
        <source>At most %1 profiles can be compared at once.</source>
        <translation>Es können höchstens %1 Profile gleichzeitig verglichen werden.</translation>
    </message>
    <message>
        <source>There is no kernel profile named “%1”.</source>
        <translation>Es gibt kein Kernelprofil namens „%1“.</translation>
    </message>
    <message>
        <source>%1 is chosen more than once: comparing a profile with itself shows no difference. Choose different profiles.</source>
        <translation>%1 ist mehrfach gewählt: Ein Profil mit sich selbst zu vergleichen zeigt keinen Unterschied. Verschiedene Profile auswählen.</translation>
    </message>
    <message>
        <source>The results below are still those of %1.</source>
        <translation>Die Ergebnisse unten stammen weiterhin von %1.</translation>
    </message>
    <message>
        <source>The run under %1 reached the limit of %2 events at %3: every profile is compared over that first part of the scenario only.</source>
        <translation>Der Lauf unter %1 erreichte bei %3 die Grenze von %2 Ereignissen: Alle Profile werden nur über diesen ersten Teil des Szenarios verglichen.</translation>
    </message>
    <message>
        <source>%1 cannot run this scenario: %2.</source>
        <translation>%1 kann dieses Szenario nicht ausführen: %2.</translation>
    </message>
    <message>
        <source>The comparison failed: %1.</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Only %1 could run this scenario: there is nothing to compare it with.</source>
        <translation>Nur %1 konnte dieses Szenario ausführen: Es gibt nichts, womit es sich vergleichen ließe.</translation>
    </message>
    <message>
        <source>%1 — cannot run this scenario</source>
        <translation>%1 — kann dieses Szenario nicht ausführen</translation>
    </message>
    <message>
        <source>%1 — HZ %2 · events: %3 · tasklet runs: %4 · until %5</source>
        <translation>%1 — HZ %2 · Ereignisse: %3 · Tasklet-Läufe: %4 · bis %5</translation>
    </message>
    <message>
        <source>kernel panic: the machine stopped</source>
        <translation>Kernel-Panic: Die Maschine hielt an</translation>
    </message>
    <message>
        <source>raise</source>
        <translation>raise</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>schedule</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>disable</translation>
    </message>
    <message>
        <source>enable</source>
        <translation>enable</translation>
    </message>
    <message>
        <source>kill</source>
        <translation>kill</translation>
    </message>
    <message>
        <source>kernel message</source>
        <translation>Kernelmeldung</translation>
    </message>
    <message>
        <source>/proc read</source>
        <translation>/proc-Lesung</translation>
    </message>
    <message>
        <source>≠ and a coloured background: the line differs between the profiles; bold: the cell differs from %1.</source>
        <translation>≠ und farbiger Hintergrund: Die Zeile unterscheidet sich zwischen den Profilen; fett: Die Zelle weicht von %1 ab.</translation>
    </message>
    <message>
        <source>/proc Reads (%1 differing)</source>
        <translation>/proc-Lesungen (%1 abweichend)</translation>
    </message>
    <message>
        <source>Tasklet Runs (%1 differing)</source>
        <translation>Tasklet-Läufe (%1 abweichend)</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>Lesung %1</translation>
    </message>
    <message>
        <source>read %1: /proc/%2 by %3 on CPU%4</source>
        <translation>Lesung %1: /proc/%2 durch %3 auf CPU%4</translation>
    </message>
    <message>
        <source>This line differs between the profiles</source>
        <translation>Diese Zeile unterscheidet sich zwischen den Profilen</translation>
    </message>
    <message>
        <source>(no such line)</source>
        <translation>(Zeile fehlt)</translation>
    </message>
    <message>
        <source>Nothing to compare.</source>
        <translation>Nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>The scenario reads no /proc file.</source>
        <translation>Das Szenario liest keine /proc-Datei.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>tasklet %1 — runs: %2</source>
        <translation>Tasklet %1 — Läufe: %2</translation>
    </message>
    <message>
        <source>This run differs between the profiles (time, CPU or context)</source>
        <translation>Dieser Lauf unterscheidet sich zwischen den Profilen (Zeit, CPU oder Kontext)</translation>
    </message>
    <message>
        <source>%1 · CPU%2 · %3 (pid %4)</source>
        <translation>%1 · CPU%2 · %3 (PID %4)</translation>
    </message>
    <message>
        <source>jiffies %1, %2 context</source>
        <translation>jiffies %1, Kontext %2</translation>
    </message>
    <message>
        <source>(no such run)</source>
        <translation>(Lauf fehlt)</translation>
    </message>
    <message>
        <source>Runs not shown (the table stops at %1): %2</source>
        <translation>Nicht gezeigte Läufe (die Tabelle endet bei %1): %2</translation>
    </message>
    <message>
        <source>No tasklet ran in any profile.</source>
        <translation>In keinem Profil lief ein Tasklet.</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>HZ</source>
        <translation>HZ</translation>
    </message>
    <message>
        <source>simulated until</source>
        <translation>simuliert bis</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>tasklet runs</source>
        <translation>Tasklet-Läufe</translation>
    </message>
    <message>
        <source>tasklet runs in %1</source>
        <translation>Tasklet-Läufe in %1</translation>
    </message>
    <message>
        <source>first run of %1 after scheduling</source>
        <translation>erster Lauf von %1 nach dem Einplanen</translation>
    </message>
    <message>
        <source>never ran</source>
        <translation>lief nie</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht eingeplant</translation>
    </message>
    <message>
        <source>kernel messages</source>
        <translation>Kernelmeldungen</translation>
    </message>
    <message>
        <source>panicked</source>
        <translation>Kernel-Panic</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No chosen profile could run this scenario.</source>
        <translation>Keines der gewählten Profile konnte dieses Szenario ausführen.</translation>
    </message>
    <message>
        <source>/proc lines that differ: %1 of %2</source>
        <translation>abweichende /proc-Zeilen: %1 von %2</translation>
    </message>
    <message>
        <source>tasklet runs that differ: %1 of %2</source>
        <translation>abweichende Tasklet-Läufe: %1 von %2</translation>
    </message>
    <message>
        <source>%1 alone.</source>
        <translation>Nur %1.</translation>
    </message>
    <message>
        <source>%1: no /proc read and no tasklet run to compare.</source>
        <translation>%1: keine /proc-Lesung und kein Tasklet-Lauf zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1: the same /proc output and the same tasklet runs.</source>
        <translation>%1: dieselbe /proc-Ausgabe und dieselben Tasklet-Läufe.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no runs</source>
        <translation>keine Läufe</translation>
    </message>
    <message>
        <source>Tasklet runs by context — %1.</source>
        <translation>Tasklet-Läufe nach Kontext — %1.</translation>
    </message>
</context>
<context>
    <name>tlui::InspectorPanel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>process context</source>
        <translation>Prozesskontext</translation>
    </message>
    <message>
        <source>hard IRQ %1</source>
        <translation>Hard-IRQ %1</translation>
    </message>
    <message>
        <source>softirq</source>
        <translation>Softirq</translation>
    </message>
    <message>
        <source>, vector %1</source>
        <translation>, Vektor %1</translation>
    </message>
    <message>
        <source>, tasklet %1</source>
        <translation>, Tasklet %1</translation>
    </message>
    <message>
        <source>%1 — %2 (pid %3)</source>
        <translation>%1 — %2 (PID %3)</translation>
    </message>
    <message>
        <source>context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>  fields</source>
        <translation>  Felder</translation>
    </message>
    <message>
        <source>preempt %1, softirq %2, hardirq %3, nmi %4</source>
        <translation>preempt %1, softirq %2, hardirq %3, nmi %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>pending softirqs</source>
        <translation>anstehende Softirqs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>ksoftirqd/%1</source>
        <translation>ksoftirqd/%1</translation>
    </message>
    <message>
        <source>runqueue (pids)</source>
        <translation>Runqueue (PIDs)</translation>
    </message>
</context>
<context>
    <name>tlui::IrqPanel</name>
    <message>
        <source>Hard IRQs</source>
        <translation>Hard-IRQs</translation>
    </message>
    <message>
        <source>Fire now</source>
        <translation>Jetzt auslösen</translation>
    </message>
    <message>
        <source>on</source>
        <translation>auf</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>Quelle hinzufügen…</translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation>Quelle bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected source (restarts the simulation)</source>
        <translation>Gewählte Quelle ändern (startet die Simulation neu)</translation>
    </message>
    <message>
        <source>Tasks (load)</source>
        <translation>Tasks (Last)</translation>
    </message>
    <message>
        <source>pid</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>comm</source>
        <translation>comm</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>nice</source>
        <translation>nice</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>waiting for</source>
        <translation>wartet auf</translation>
    </message>
    <message>
        <source>Wake (busy)</source>
        <translation>Wecken (rechnet)</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlafen</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>Kein Szenario geladen.</translation>
    </message>
    <message>
        <source>IRQ source</source>
        <translation>IRQ-Quelle</translation>
    </message>
    <message>
        <source> us</source>
        <translation> µs</translation>
    </message>
    <message>
        <source>tasklets, comma-separated</source>
        <translation>Tasklets, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>tasklet_hi_schedule</source>
        <translation>tasklet_hi_schedule</translation>
    </message>
    <message>
        <source>not periodic</source>
        <translation>nicht periodisch</translation>
    </message>
    <message>
        <source>end of run</source>
        <translation>Ende des Laufs</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>IRQ number</source>
        <translation>IRQ-Nummer</translation>
    </message>
    <message>
        <source>Handler runs</source>
        <translation>Handler läuft</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Plant ein</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Random rate (Poisson)</source>
        <translation>Zufallsrate (Poisson)</translation>
    </message>
    <message>
        <source>Add IRQ source</source>
        <translation>IRQ-Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Edit IRQ source</source>
        <translation>IRQ-Quelle bearbeiten</translation>
    </message>
</context>
<context>
    <name>tlui::JitaskletTableModel</name>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>%1 on CPU%2 by %3 (pid %4), %5</source>
        <translation>%1 auf CPU%2 durch %3 (PID %4), %5</translation>
    </message>
</context>
<context>
    <name>tlui::KernelCodePanel</name>
    <message>
        <source>Read another function of this kernel. Browsing stops following the simulation until you click Follow or step.</source>
        <translation>Eine andere Funktion dieses Kernels lesen. Beim Blättern folgt die Ansicht der Simulation nicht mehr, bis Sie auf „Folgen“ klicken oder einen Schritt ausführen.</translation>
    </message>
    <message>
        <source>Kernel function listing</source>
        <translation>Listing der Kernelfunktion</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Show the line of kernel code that produced the latest event, at every step</source>
        <translation>Bei jedem Schritt die Zeile des Kernelcodes zeigen, die das letzte Ereignis erzeugt hat</translation>
    </message>
    <message>
        <source>Kernel code</source>
        <translation>Kernelcode</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>No simulation is loaded.</source>
        <translation>Keine Simulation geladen.</translation>
    </message>
    <message>
        <source>No event yet. Step the simulation: the kernel code that produced each event shows here, its line highlighted.</source>
        <translation>Noch kein Ereignis. Simulation schrittweise ausführen: Hier erscheint der Kernelcode, der jedes Ereignis erzeugt hat, mit hervorgehobener Zeile.</translation>
    </message>
    <message>
        <source>The latest event has no kernel code listing.</source>
        <translation>Zum letzten Ereignis gibt es kein Kernelcode-Listing.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Our pseudo-code of %1 in %2, not kernel source</source>
        <translation>Unser Pseudocode von %1 in %2, kein Kernel-Quelltext</translation>
    </message>
    <message>
        <source>Event %1 at %2 on CPU%3, %4 context: %5</source>
        <translation>Ereignis %1 bei %2 auf CPU%3, Kontext %4: %5</translation>
    </message>
    <message>
        <source>Event %1 at %2 on CPU%3, %4 context: %5 — no kernel code of its own, the highlight stays on the previous line</source>
        <translation>Ereignis %1 bei %2 auf CPU%3, Kontext %4: %5 — kein eigener Kernelcode, die Hervorhebung bleibt auf der vorherigen Zeile</translation>
    </message>
    <message>
        <source>Every event of the last step, with the kernel line that produced it: choose one to see its line</source>
        <translation>Alle Ereignisse des letzten Schritts mit der Kernelzeile, die sie erzeugt hat: eines wählen, um seine Zeile zu sehen</translation>
    </message>
</context>
<context>
    <name>tlui::KernelLogPanel</name>
    <message>
        <source>$ dmesg (no kernel messages yet)</source>
        <translation>$ dmesg (noch keine Kernelmeldungen)</translation>
    </message>
    <message>
        <source>The simulated machine stopped on a fatal kernel error.</source>
        <translation>Die simulierte Maschine hielt nach einem fatalen Kernelfehler an.</translation>
    </message>
</context>
<context>
    <name>tlui::Language</name>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>tlui::LessonLibraryDialog</name>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Kernel profile: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Kernelprofil: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n narrated step(s)</source>
        <translation>
            <numerusform>%n erläuterter Schritt</numerusform>
            <numerusform>%n erläuterte Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Predict question(s)</source>
        <translation>
            <numerusform>%n Vorhersagefrage</numerusform>
            <numerusform>%n Vorhersagefragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tlui::LessonPanel</name>
    <message>
        <source>This scenario has no narrated steps.</source>
        <translation>Dieses Szenario hat keine erläuterten Schritte.</translation>
    </message>
    <message>
        <source>Predict:</source>
        <translation>Vorhersage:</translation>
    </message>
    <message>
        <source>Double-click a step to go there (back or forward)</source>
        <translation>Doppelklick auf einen Schritt springt dorthin (zurück oder vorwärts)</translation>
    </message>
    <message>
        <source>◀ Previous Step</source>
        <translation>◀ Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Go back to the previous lesson step (Shift+L)</source>
        <translation>Zurück zum vorherigen Lektionsschritt (Umschalt+L)</translation>
    </message>
    <message>
        <source>Next Step ▶</source>
        <translation>Nächster Schritt ▶</translation>
    </message>
    <message>
        <source>Run to the next lesson step (L)</source>
        <translation>Bis zum nächsten Lektionsschritt laufen (L)</translation>
    </message>
    <message>
        <source>Reveal Answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <source>Add Step Here…</source>
        <translation>Schritt hier hinzufügen…</translation>
    </message>
    <message>
        <source>Add a narrated step at the current simulated time (kept by Save Scenario As)</source>
        <translation>Einen erläuterten Schritt zur aktuellen simulierten Zeit hinzufügen (wird mit „Szenario speichern unter“ gesichert)</translation>
    </message>
    <message>
        <source>Pause at each step</source>
        <translation>Bei jedem Schritt anhalten</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Press Space to play, or &quot;Next Step&quot;.</source>
        <translation>Zum Abspielen die Leertaste drücken oder „Nächster Schritt“ wählen.</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>Discuss, then play on (or Reveal Answer) to see what the kernel does.</source>
        <translation>Erst diskutieren, dann weiterlaufen lassen (oder „Antwort zeigen“), um zu sehen, was der Kernel tut.</translation>
    </message>
    <message>
        <source>Add Lesson Step</source>
        <translation>Lektionsschritt hinzufügen</translation>
    </message>
</context>
<context>
    <name>tlui::MachineDialog</name>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>profile default</source>
        <translation>Profilstandard</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Kernel profile</source>
        <translation>Kernelprofil</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>HZ</source>
        <translation>HZ</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Applying restarts the simulation from time 0.</source>
        <translation>Übernehmen startet die Simulation bei Zeit 0 neu.</translation>
    </message>
    <message>
        <source>%1 (default HZ %2, ksoftirqd nice %3)</source>
        <translation>%1 (Standard-HZ %2, ksoftirqd nice %3)</translation>
    </message>
</context>
<context>
    <name>tlui::MainWindow</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The run has reached its end.</source>
        <translation>Der Lauf ist zu Ende.</translation>
    </message>
    <message>
        <source>&amp;Open Scenario…</source>
        <translation>Szenario ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save Scenario</source>
        <translation>Szenario &amp;speichern</translation>
    </message>
    <message>
        <source>Save Scenario &amp;As…</source>
        <translation>Szenario speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Export Trace CSV…</source>
        <translation>Trace als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export /proc Reads CSV…</source>
        <translation>/proc-Lesungen als CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Run / pause the simulation (Space)</source>
        <translation>Simulation starten / anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Step Event</source>
        <translation>Ein Ereignis</translation>
    </message>
    <message>
        <source>Step to Next Tick</source>
        <translation>Bis zum nächsten Tick</translation>
    </message>
    <message>
        <source>Run Until…</source>
        <translation>Laufen bis…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Run to Next Tasklet Run</source>
        <translation>Bis zum nächsten Tasklet-Lauf</translation>
    </message>
    <message>
        <source>Run to Next Lesson Step</source>
        <translation>Bis zum nächsten Lektionsschritt</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Machine…</source>
        <translation>&amp;Maschine…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Follow Live</source>
        <translation>Live folgen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;About TaskletLab</source>
        <translation>Ü&amp;ber TaskletLab</translation>
    </message>
    <message>
        <source>Tasklets</source>
        <translation>Tasklets</translation>
    </message>
    <message>
        <source>Kernel State</source>
        <translation>Kernelzustand</translation>
    </message>
    <message>
        <source>IRQs and Load</source>
        <translation>IRQs und Last</translation>
    </message>
    <message>
        <source>/proc</source>
        <translation>/proc</translation>
    </message>
    <message>
        <source>Kernel Log</source>
        <translation>Kernelprotokoll</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Lesson</source>
        <translation>&amp;Lektion öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Speed </source>
        <translation>Tempo </translation>
    </message>
    <message>
        <source>From slow motion (1 us of simulated time per second) over real time to as fast as possible</source>
        <translation>Von Zeitlupe (1 µs simulierte Zeit pro Sekunde) über Echtzeit bis so schnell wie möglich</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Profile ldd3-book: the pre-2.6.2 &quot;mask&quot; restart rule, the only one that reproduces the book&apos;s sample.</source>
        <translation>Profil ldd3-book: die „mask“-Neustartregel vor 2.6.2, die einzige, die das Beispiel des Buchs reproduziert.</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>Kein Szenario geladen.</translation>
    </message>
    <message>
        <source>Unsaved session</source>
        <translation>Ungesicherte Sitzung</translation>
    </message>
    <message>
        <source>The simulation has actions that are not saved. Save the scenario (with your actions) first?</source>
        <translation>Die Simulation enthält ungesicherte Aktionen. Szenario (mit Ihren Aktionen) zuerst speichern?</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>Szenario speichern unter</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Szenariodateien (*.json)</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Szenariodateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Trace CSV</source>
        <translation>Trace als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export /proc Reads CSV</source>
        <translation>/proc-Lesungen als CSV exportieren</translation>
    </message>
    <message>
        <source>Run Until</source>
        <translation>Laufen bis</translation>
    </message>
    <message>
        <source>Simulated time (e.g. 5ms, 250us, 3j):</source>
        <translation>Simulierte Zeit (z. B. 5ms, 250us, 3j):</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>jiffies %1</source>
        <translation>jiffies %1</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — TaskletLab</source>
        <translation>%1[*] — TaskletLab</translation>
    </message>
    <message>
        <source>About TaskletLab</source>
        <translation>Über TaskletLab</translation>
    </message>
    <message>
        <source>&lt;b&gt;TaskletLab&lt;/b&gt;&lt;br&gt;A deterministic simulator of Linux tasklets and softirqs for teaching LDD3 chapter 7.5.&lt;br&gt;The engine owns the simulated kernel; this window shows it and records every action you make so that the session can be saved and replayed.</source>
        <translation>&lt;b&gt;TaskletLab&lt;/b&gt;&lt;br&gt;Ein deterministischer Simulator für Linux-Tasklets und Softirqs zum Unterrichten von LDD3, Kapitel 7.5.&lt;br&gt;Die Engine besitzt den simulierten Kernel; dieses Fenster zeigt ihn und zeichnet jede Ihrer Aktionen auf, damit die Sitzung gespeichert und wiederholt werden kann.</translation>
    </message>
    <message>
        <source>Paused at lesson step %1.</source>
        <translation>Angehalten bei Lektionsschritt %1.</translation>
    </message>
    <message>
        <source>Previous Lesson Step</source>
        <translation>Vorheriger Lektionsschritt</translation>
    </message>
    <message>
        <source>◀ Lesson Step</source>
        <translation>◀ Lektionsschritt</translation>
    </message>
    <message>
        <source>Back to Previous Tasklet Run</source>
        <translation>Zurück zum vorherigen Tasklet-Lauf</translation>
    </message>
    <message>
        <source>◀ Tasklet Run</source>
        <translation>◀ Tasklet-Lauf</translation>
    </message>
    <message>
        <source>Back to Previous Tick</source>
        <translation>Zurück zum vorherigen Tick</translation>
    </message>
    <message>
        <source>◀ Tick</source>
        <translation>◀ Tick</translation>
    </message>
    <message>
        <source>Step Back</source>
        <translation>Ein Ereignis zurück</translation>
    </message>
    <message>
        <source>◀ Event</source>
        <translation>◀ Ereignis</translation>
    </message>
    <message>
        <source>Add Lesson Step Here…</source>
        <translation>Lektionsschritt hier hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Compare Profiles…</source>
        <translation>Profile vergleichen…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Presenter Mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, large high-contrast text, the essential panels, slow motion (F11)</source>
        <translation>Vollbild, große kontrastreiche Schrift, nur die wichtigsten Bereiche, Zeitlupe (F11)</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Ctrl+Shift++</source>
        <translation>Ctrl+Shift++</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Ctrl+Shift+-</source>
        <translation>Ctrl+Shift+-</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>&amp;Lektionen…</translation>
    </message>
    <message>
        <source>Kernel Code</source>
        <translation>Kernelcode</translation>
    </message>
    <message>
        <source>Event ▶</source>
        <translation>Ereignis ▶</translation>
    </message>
    <message>
        <source>Tick ▶</source>
        <translation>Tick ▶</translation>
    </message>
    <message>
        <source>Tasklet Run ▶</source>
        <translation>Tasklet-Lauf ▶</translation>
    </message>
    <message>
        <source>Lesson Step ▶</source>
        <translation>Lektionsschritt ▶</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Position </source>
        <translation>Position </translation>
    </message>
    <message>
        <source>Drag to any point of the run: back by deterministic replay, forward by running</source>
        <translation>Zu jedem Punkt des Laufs ziehen: zurück per deterministischer Wiederholung, vorwärts durch Weiterlaufen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Presenter mode: F11 to leave, Ctrl+Shift++ / Ctrl+Shift+- for the text size.</source>
        <translation>Präsentationsmodus: F11 zum Beenden, Strg+Umschalt++ / Strg+Umschalt+- für die Schriftgröße.</translation>
    </message>
</context>
<context>
    <name>tlui::ProcPanel</name>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>cat the file now on the chosen CPU (the reader is a new task &quot;cat&quot;)</source>
        <translation>Datei jetzt auf der gewählten CPU mit cat lesen (der Leser ist ein neuer Task „cat“)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>auf</translation>
    </message>
    <message>
        <source>$ cat /proc/jitasklet</source>
        <translation>$ cat /proc/jitasklet</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Als CSV speichern…</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>Kein Szenario geladen.</translation>
    </message>
    <message>
        <source>Save /proc reads as CSV</source>
        <translation>/proc-Lesungen als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Als CSV speichern</translation>
    </message>
</context>
<context>
    <name>tlui::SimulationController</name>
    <message>
        <source>No scenario is loaded.</source>
        <translation>Kein Szenario geladen.</translation>
    </message>
    <message>
        <source>The run has reached its end. Reset to start again.</source>
        <translation>Der Lauf ist zu Ende. Zurücksetzen, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>There is no further lesson step.</source>
        <translation>Es gibt keinen weiteren Lektionsschritt.</translation>
    </message>
    <message>
        <source>No tasklet ran before the end of the run.</source>
        <translation>Bis zum Ende des Laufs lief kein Tasklet.</translation>
    </message>
    <message>
        <source>Cannot go back: %1. Use Reset instead.</source>
        <translation>Zurückgehen nicht möglich: %1. Stattdessen „Zurücksetzen“ verwenden.</translation>
    </message>
    <message>
        <source>Already at the start of the run.</source>
        <translation>Bereits am Anfang des Laufs.</translation>
    </message>
    <message>
        <source>No tasklet ran before this point.</source>
        <translation>Vor diesem Punkt lief kein Tasklet.</translation>
    </message>
</context>
<context>
    <name>tlui::Speed</name>
    <message>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>%1 per s</source>
        <translation>%1 pro s</translation>
    </message>
</context>
<context>
    <name>tlui::State</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>runnable</source>
        <translation>lauffähig</translation>
    </message>
    <message>
        <source>sleeping (S)</source>
        <translation>schläft (S)</translation>
    </message>
    <message>
        <source>sleeping (D)</source>
        <translation>schläft (D)</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>beendet</translation>
    </message>
</context>
<context>
    <name>tlui::StepDialog</name>
    <message>
        <source>Add Lesson Step</source>
        <translation>Lektionsschritt hinzufügen</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>e.g. The tasklet runs in ksoftirqd</source>
        <translation>z. B. Das Tasklet läuft in ksoftirqd</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What happens here, which kernel rule acts and where it lives (book section, kernel function).</source>
        <translation>Was hier geschieht, welche Kernelregel greift und wo sie steht (Buchabschnitt, Kernelfunktion).</translation>
    </message>
    <message>
        <source>&amp;Narration:</source>
        <translation>&amp;Erläuterung:</translation>
    </message>
    <message>
        <source>Optional: a question for the class before the step plays</source>
        <translation>Optional: eine Frage an den Kurs, bevor der Schritt abläuft</translation>
    </message>
    <message>
        <source>&amp;Predict:</source>
        <translation>&amp;Vorhersage:</translation>
    </message>
    <message>
        <source>Revealed once the step has been played</source>
        <translation>Wird gezeigt, sobald der Schritt abgelaufen ist</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>A&amp;ntwort:</translation>
    </message>
    <message>
        <source>Give the step a title or a narration.</source>
        <translation>Dem Schritt einen Titel oder eine Erläuterung geben.</translation>
    </message>
    <message>
        <source>An answer needs a question.</source>
        <translation>Eine Antwort braucht eine Frage.</translation>
    </message>
</context>
<context>
    <name>tlui::TaskletPanel</name>
    <message>
        <source>Call on CPU</source>
        <translation>Aufruf auf CPU</translation>
    </message>
    <message>
        <source>from</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>process context</source>
        <translation>Prozesskontext</translation>
    </message>
    <message>
        <source>hard IRQ</source>
        <translation>Hard-IRQ</translation>
    </message>
    <message>
        <source>Call %1() on the selected tasklet now, on the chosen CPU</source>
        <translation>%1() jetzt für das gewählte Tasklet auf der gewählten CPU aufrufen</translation>
    </message>
    <message>
        <source>New tasklet…</source>
        <translation>Neues Tasklet…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected tasklet (restarts the simulation without it)</source>
        <translation>Gewähltes Tasklet entfernen (startet die Simulation ohne es neu)</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>Select a tasklet first.</source>
        <translation>Zuerst ein Tasklet auswählen.</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>Kein Szenario geladen.</translation>
    </message>
    <message>
        <source>There is no tasklet %1 in the scenario.</source>
        <translation>Das Szenario enthält kein Tasklet %1.</translation>
    </message>
    <message>
        <source>New tasklet</source>
        <translation>Neues Tasklet</translation>
    </message>
    <message>
        <source> us</source>
        <translation> µs</translation>
    </message>
    <message>
        <source>DECLARE_TASKLET_DISABLED (count starts at 1)</source>
        <translation>DECLARE_TASKLET_DISABLED (count beginnt bei 1)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>How many times the callback schedules itself again (-1: always)</source>
        <translation>Wie oft sich der Callback erneut einplant (-1: immer)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Work per run</source>
        <translation>Arbeit pro Lauf</translation>
    </message>
    <message>
        <source>Reschedules itself</source>
        <translation>Plant sich neu ein</translation>
    </message>
    <message>
        <source>Remove tasklet</source>
        <translation>Tasklet entfernen</translation>
    </message>
    <message>
        <source>Remove tasklet %1? The simulation restarts from time 0 without it.</source>
        <translation>Tasklet %1 entfernen? Die Simulation startet ohne es bei Zeit 0 neu.</translation>
    </message>
</context>
<context>
    <name>tlui::TaskletTableModel</name>
    <message>
        <source> (jit module)</source>
        <translation> (jit-Modul)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>CPU%1 %2</source>
        <translation>CPU%1 %2</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>TASKLET_STATE_SCHED: queued on a CPU list and not yet started</source>
        <translation>TASKLET_STATE_SCHED: in einer CPU-Liste eingereiht und noch nicht gestartet</translation>
    </message>
    <message>
        <source>TASKLET_STATE_RUN: the callback is executing (SMP only)</source>
        <translation>TASKLET_STATE_RUN: der Callback läuft (nur SMP)</translation>
    </message>
    <message>
        <source>Disable count: the tasklet runs only when it is 0</source>
        <translation>Sperrzähler: das Tasklet läuft nur, wenn er 0 ist</translation>
    </message>
    <message>
        <source>Tasklet</source>
        <translation>Tasklet</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Queued on</source>
        <translation>Eingereiht in</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Running on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
</context>
<context>
    <name>tlui::Timeline</name>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>ksoftirqd</source>
        <translation>ksoftirqd</translation>
    </message>
    <message>
        <source>softirq processing</source>
        <translation>Softirq-Verarbeitung</translation>
    </message>
    <message>
        <source>hard IRQ</source>
        <translation>Hard-IRQ</translation>
    </message>
    <message>
        <source>softirq vector</source>
        <translation>Softirq-Vektor</translation>
    </message>
    <message>
        <source>tasklet</source>
        <translation>Tasklet</translation>
    </message>
</context>
<context>
    <name>tlui::TimelineModel</name>
    <message>
        <source>time: %1 (jiffies %2)</source>
        <translation>Zeit: %1 (jiffies %2)</translation>
    </message>
    <message>
        <source>CPU%1, context %2</source>
        <translation>CPU%1, Kontext %2</translation>
    </message>
    <message>
        <source>current: %1 (pid %2)</source>
        <translation>current: %1 (PID %2)</translation>
    </message>
    <message>
        <source>tasklet state: %1</source>
        <translation>Tasklet-Zustand: %1</translation>
    </message>
    <message>
        <source>vector %1</source>
        <translation>Vektor %1</translation>
    </message>
    <message>
        <source>CPU%1, from %2 to %3</source>
        <translation>CPU%1, von %2 bis %3</translation>
    </message>
    <message>
        <source>duration %1, jiffies %2</source>
        <translation>Dauer %1, jiffies %2</translation>
    </message>
    <message>
        <source>in task %1</source>
        <translation>im Task %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>queued by this call</source>
        <translation>durch diesen Aufruf eingereiht</translation>
    </message>
</context>
<context>
    <name>tlui::TimelineView</name>
    <message>
        <source>raise</source>
        <translation>raise</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>schedule</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>disable</translation>
    </message>
    <message>
        <source>enable</source>
        <translation>enable</translation>
    </message>
    <message>
        <source>kill</source>
        <translation>kill</translation>
    </message>
    <message>
        <source>kernel message</source>
        <translation>Kernelmeldung</translation>
    </message>
    <message>
        <source>/proc read</source>
        <translation>/proc-Lesung</translation>
    </message>
    <message>
        <source>simulated time</source>
        <translation>simulierte Zeit</translation>
    </message>
    <message>
        <source>jiffies (ticks)</source>
        <translation>jiffies (Ticks)</translation>
    </message>
    <message>
        <source>CPU lanes</source>
        <translation>CPU-Bahnen</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>A = %1</source>
        <translation>A = %1</translation>
    </message>
    <message>
        <source>B = %1</source>
        <translation>B = %1</translation>
    </message>
    <message>
        <source>Δt = %1 ns (%2), %3 jiffies</source>
        <translation>Δt = %1 ns (%2), %3 jiffies</translation>
    </message>
    <message>
        <source>Wheel or +/-: zoom · drag or arrow keys: pan · Shift+drag: zoom to area · Home: fit · F: follow live · A/B: set markers at the mouse · click: select</source>
        <translation>Mausrad oder +/-: Zoom · Ziehen oder Pfeiltasten: verschieben · Umschalt+Ziehen: Bereich zoomen · Pos1: alles · F: live folgen · A/B: Marken an der Maus · Klick: auswählen</translation>
    </message>
    <message>
        <source>→ runs at %1 on CPU%2</source>
        <translation>→ läuft bei %1 auf CPU%2</translation>
    </message>
    <message>
        <source>→ has not run yet</source>
        <translation>→ ist noch nicht gelaufen</translation>
    </message>
    <message>
        <source>← scheduled at %1 on CPU%2</source>
        <translation>← eingeplant bei %1 auf CPU%2</translation>
    </message>
</context>
</TS>
