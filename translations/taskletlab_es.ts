<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Lesson</name>
    <message>
        <source>LDD3 7.5: /proc/jitasklet on a busy CPU</source>
        <extracomment>ldd3-busy-cpu.json: title</extracomment>
        <translation>LDD3 7.5: /proc/jitasklet en una CPU ocupada</translation>
    </message>
    <message>
        <source>The book&apos;s sample: cat reads /proc/jitasklet while cc1 (a compiler) keeps CPU 0 busy. The tasklet waits for the next tick while cc1 runs, and runs back to back in ksoftirqd/0 once cc1 blocks. Under ldd3-book (the pre-2.6.2 &apos;mask&apos; restart rule) the first read() returns exactly the book&apos;s six lines; try --profile linux-2.6.10 to see the 10-restart rule run all five in cc1&apos;s irq_exit.</source>
        <extracomment>ldd3-busy-cpu.json: description</extracomment>
        <translation>El ejemplo del libro: cat lee /proc/jitasklet mientras cc1 (un compilador) mantiene ocupada la CPU 0. La tasklet espera al siguiente tick mientras cc1 se ejecuta, y se ejecuta varias veces seguidas en ksoftirqd/0 en cuanto cc1 se bloquea. Con ldd3-book (la regla de reinicio «mask» anterior a 2.6.2) el primer read() devuelve exactamente las seis líneas del libro; pruebe --profile linux-2.6.10 para ver cómo la regla de los 10 reinicios ejecuta las cinco en el irq_exit de cc1.</translation>
    </message>
    <message>
        <source>cat reads /proc/jitasklet</source>
        <extracomment>ldd3-busy-cpu.json: step 1 title</extracomment>
        <translation>cat lee /proc/jitasklet</translation>
    </message>
    <message>
        <source>jit_tasklet() prints the reader&apos;s line (inirq 0), then tasklet_schedule(). The raise comes from process context, so raise_softirq_irqoff() wakes ksoftirqd/0 (kernel/softirq.c). cat sleeps in wait_event_interruptible(). The O(1) scheduler picks cc1 (nice 0) over ksoftirqd/0 (nice 19): the tasklet has to wait.</source>
        <extracomment>ldd3-busy-cpu.json: step 1 text</extracomment>
        <translation>jit_tasklet() imprime la línea del lector (inirq 0) y luego llama a tasklet_schedule(). El softirq se levanta desde contexto de proceso, así que raise_softirq_irqoff() despierta a ksoftirqd/0 (kernel/softirq.c). cat duerme en wait_event_interruptible(). El planificador O(1) elige a cc1 (nice 0) antes que a ksoftirqd/0 (nice 19): la tasklet tiene que esperar.</translation>
    </message>
    <message>
        <source>The next tick runs it in cc1&apos;s context</source>
        <extracomment>ldd3-busy-cpu.json: step 2 title</extracomment>
        <translation>El siguiente tick la ejecuta en el contexto de cc1</translation>
    </message>
    <message>
        <source>The timer interrupt&apos;s irq_exit() finds TASKLET pending and runs __do_softirq() on top of whatever it interrupted: cc1. Run 1: delta 1, inirq 1, pid 4368. The callback reschedules itself; under the pre-2.6.2 mask rule TASKLET has already run in this invocation, so there is no restart: ksoftirqd is woken (it is already runnable).</source>
        <extracomment>ldd3-busy-cpu.json: step 2 text</extracomment>
        <translation>El irq_exit() de la interrupción del temporizador encuentra TASKLET pendiente y ejecuta __do_softirq() encima de lo que haya interrumpido: cc1. Ejecución 1: delta 1, inirq 1, pid 4368. El callback se vuelve a planificar; con la regla mask anterior a 2.6.2, TASKLET ya se ha ejecutado en esta invocación, así que no hay reinicio: se despierta a ksoftirqd (que ya es ejecutable).</translation>
    </message>
    <message>
        <source>One run per tick</source>
        <extracomment>ldd3-busy-cpu.json: step 3 title</extracomment>
        <translation>Una ejecución por tick</translation>
    </message>
    <message>
        <source>Tick 6076141 does the same: run 2 in cc1. Book, section 7.5: &apos;the tasklet is run at the next timer tick as long as the CPU is busy running a process&apos;.</source>
        <extracomment>ldd3-busy-cpu.json: step 3 text</extracomment>
        <translation>El tick 6076141 hace lo mismo: ejecución 2 en cc1. Libro, sección 7.5: «la tasklet se ejecuta en el siguiente tick del temporizador mientras la CPU esté ocupada ejecutando un proceso».</translation>
    </message>
    <message>
        <source>cc1 blocks: ksoftirqd/0 gets the CPU</source>
        <extracomment>ldd3-busy-cpu.json: step 4 title</extracomment>
        <translation>cc1 se bloquea: ksoftirqd/0 obtiene la CPU</translation>
    </message>
    <message>
        <source>With cc1 asleep, ksoftirqd/0 is the only runnable task. Its loop calls do_softirq() while anything is pending: runs 3, 4 and 5 back to back in the same jiffy, delta 0, pid 2. Run 5 wakes cat, which prints the six lines.</source>
        <extracomment>ldd3-busy-cpu.json: step 4 text</extracomment>
        <translation>Con cc1 dormido, ksoftirqd/0 es la única tarea ejecutable. Su bucle llama a do_softirq() mientras quede algo pendiente: las ejecuciones 3, 4 y 5 van seguidas en el mismo jiffy, delta 0, pid 2. La ejecución 5 despierta a cat, que imprime las seis líneas.</translation>
    </message>
    <message>
        <source>LDD3 7.5: /proc/jitasklet on an idle CPU</source>
        <extracomment>ldd3-idle-cpu.json: title</extracomment>
        <translation>LDD3 7.5: /proc/jitasklet en una CPU inactiva</translation>
    </message>
    <message>
        <source>The same read on an idle CPU: the tasklet runs immediately, all five times in ksoftirqd/0 in the reader&apos;s jiffy (delta 0). Under the 2.6 profiles cat&apos;s second read() re-runs the whole experiment (the read_proc quirk) and gets EOF because the new output is not longer.</source>
        <extracomment>ldd3-idle-cpu.json: description</extracomment>
        <translation>La misma lectura en una CPU inactiva: la tasklet se ejecuta inmediatamente, las cinco veces en ksoftirqd/0 y en el jiffy del lector (delta 0). Con los perfiles 2.6, el segundo read() de cat repite todo el experimento (la peculiaridad de read_proc) y obtiene EOF porque la nueva salida no es más larga.</translation>
    </message>
    <message>
        <source>cat reads on an idle CPU</source>
        <extracomment>ldd3-idle-cpu.json: step 1 title</extracomment>
        <translation>cat lee en una CPU inactiva</translation>
    </message>
    <message>
        <source>tasklet_schedule() from process context wakes ksoftirqd/0. When cat sleeps, nothing else is runnable, so ksoftirqd/0 runs at once: &apos;it is run immediately when the CPU is otherwise idle&apos; (book, section 7.5).</source>
        <extracomment>ldd3-idle-cpu.json: step 1 text</extracomment>
        <translation>tasklet_schedule() desde contexto de proceso despierta a ksoftirqd/0. Cuando cat se duerme no hay nada más ejecutable, así que ksoftirqd/0 se ejecuta en el acto: «se ejecuta inmediatamente cuando la CPU está por lo demás inactiva» (libro, sección 7.5).</translation>
    </message>
    <message>
        <source>Five runs back to back in ksoftirqd/0</source>
        <extracomment>ldd3-idle-cpu.json: step 2 title</extracomment>
        <translation>Cinco ejecuciones seguidas en ksoftirqd/0</translation>
    </message>
    <message>
        <source>Every line has inirq 1: in_interrupt() is true inside any tasklet, even when it runs in a kernel thread.</source>
        <extracomment>ldd3-idle-cpu.json: step 2 text</extracomment>
        <translation>Todas las líneas tienen inirq 1: in_interrupt() es verdadero dentro de cualquier tasklet, incluso cuando se ejecuta en un hilo del núcleo.</translation>
    </message>
    <message>
        <source>The tasklet reschedules itself from its callback. Why are all five runs in ksoftirqd/0, in the same jiffy, with delta 0?</source>
        <extracomment>ldd3-idle-cpu.json: step 2 question</extracomment>
        <translation>La tasklet se vuelve a planificar desde su callback. ¿Por qué las cinco ejecuciones ocurren en ksoftirqd/0, en el mismo jiffy y con delta 0?</translation>
    </message>
    <message>
        <source>ksoftirqd/0&apos;s loop (kernel/softirq.c: ksoftirqd()) calls do_softirq() as long as TASKLET is pending; each self-reschedule is picked up at once, long before the next tick. The fifth run wakes cat.</source>
        <extracomment>ldd3-idle-cpu.json: step 2 answer</extracomment>
        <translation>El bucle de ksoftirqd/0 (kernel/softirq.c: ksoftirqd()) llama a do_softirq() mientras TASKLET esté pendiente; cada replanificación se atiende en el acto, mucho antes del siguiente tick. La quinta ejecución despierta a cat.</translation>
    </message>
    <message>
        <source>cat&apos;s second read() runs it all again</source>
        <extracomment>ldd3-idle-cpu.json: step 3 title</extracomment>
        <translation>El segundo read() de cat lo ejecuta todo de nuevo</translation>
    </message>
    <message>
        <source>fs/proc/generic.c: proc_file_read() calls jit&apos;s read_proc function on every read(), and jit ignores the offset: the whole experiment runs a second time (300.5 to 301 us). The new output is not longer than the first, so read() returns 0 and cat prints the six lines once.</source>
        <extracomment>ldd3-idle-cpu.json: step 3 text</extracomment>
        <translation>fs/proc/generic.c: proc_file_read() llama a la función read_proc de jit en cada read(), y jit ignora el desplazamiento: todo el experimento se ejecuta una segunda vez (de 300.5 a 301 us). La nueva salida no es más larga que la primera, así que read() devuelve 0 y cat imprime las seis líneas una sola vez.</translation>
    </message>
    <message>
        <source>jitasklethi vs jitasklet, with a competing tasklet and a timer</source>
        <extracomment>lesson-01-hi-vs-normal.json: title</extracomment>
        <translation>jitasklethi frente a jitasklet, con una tasklet competidora y un temporizador</translation>
    </message>
    <message>
        <source>Three readers on a busy CPU (linux-2.6.10): one reads /proc/jitimer (tdelay 1), one /proc/jitasklet, one /proc/jitasklethi, and ifconfig schedules a normal tasklet rx. Everything becomes pending before the first tick; the tick&apos;s irq_exit() then serves HI, TIMER and TASKLET in that order in every pass. Both jit outputs print the same lines: the difference between a hi and a normal tasklet is only visible in the trace.</source>
        <extracomment>lesson-01-hi-vs-normal.json: description</extracomment>
        <translation>Tres lectores en una CPU ocupada (linux-2.6.10): uno lee /proc/jitimer (tdelay 1), otro /proc/jitasklet y otro /proc/jitasklethi, e ifconfig planifica una tasklet normal, rx. Todo queda pendiente antes del primer tick; después, el irq_exit() del tick atiende HI, TIMER y TASKLET en ese orden en cada pasada. Las dos salidas de jit imprimen las mismas líneas: la diferencia entre una tasklet hi y una normal solo se ve en la traza.</translation>
    </message>
    <message>
        <source>A timer for the next jiffy</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 1 title</extracomment>
        <translation>Un temporizador para el siguiente jiffy</translation>
    </message>
    <message>
        <source>jit_timer() (LDD3 7.4, misc-modules/jit.c) arms a timer_list at jiffies + tdelay = 1001 with add_timer(). Its callback will run in the TIMER softirq, vector 1 (kernel/timer.c: run_timer_softirq()).</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 1 text</extracomment>
        <translation>jit_timer() (LDD3 7.4, misc-modules/jit.c) arma un timer_list para jiffies + tdelay = 1001 con add_timer(). Su callback se ejecutará en el softirq TIMER, vector 1 (kernel/timer.c: run_timer_softirq()).</translation>
    </message>
    <message>
        <source>Two jit tasklets and a driver tasklet are queued</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 2 title</extracomment>
        <translation>Se encolan dos tasklets de jit y una tasklet de controlador</translation>
    </message>
    <message>
        <source>jit_tasklet() calls tasklet_schedule() for /proc/jitasklet and tasklet_hi_schedule() for /proc/jitasklethi (kernel/softirq.c: __tasklet_schedule(), __tasklet_hi_schedule()): one goes on tasklet_vec and raises TASKLET (5), the other on tasklet_hi_vec and raises HI (0). ifconfig then queues rx on the same normal list. Each raise from process context wakes ksoftirqd/0, but at nice 19 it cannot preempt cc1 under the O(1) scheduler.</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 2 text</extracomment>
        <translation>jit_tasklet() llama a tasklet_schedule() para /proc/jitasklet y a tasklet_hi_schedule() para /proc/jitasklethi (kernel/softirq.c: __tasklet_schedule(), __tasklet_hi_schedule()): una va a tasklet_vec y levanta TASKLET (5), la otra va a tasklet_hi_vec y levanta HI (0). Después ifconfig encola rx en la misma lista normal. Cada vez que se levanta un softirq desde contexto de proceso se despierta a ksoftirqd/0, pero con nice 19 no puede expropiar la CPU a cc1 con el planificador O(1).</translation>
    </message>
    <message>
        <source>One pass: HI, then TIMER, then TASKLET</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 title</extracomment>
        <translation>Una pasada: HI, luego TIMER, luego TASKLET</translation>
    </message>
    <message>
        <source>kernel/softirq.c: __do_softirq() walks the pending bits from the lowest number up, once per pass. Everything runs on top of cc1 (pid 4368) in softirq context: inirq is 1.</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 text</extracomment>
        <translation>kernel/softirq.c: __do_softirq() recorre los bits pendientes del número más bajo al más alto, una vez por pasada. Todo se ejecuta encima de cc1 (pid 4368) en contexto de softirq: inirq vale 1.</translation>
    </message>
    <message>
        <source>HI, TIMER and TASKLET are all pending when the tick&apos;s irq_exit() runs __do_softirq(). In which order do the jit hi tasklet, the jitimer callback and the two normal tasklets run?</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 question</extracomment>
        <translation>HI, TIMER y TASKLET están pendientes cuando el irq_exit() del tick ejecuta __do_softirq(). ¿En qué orden se ejecutan la tasklet hi de jit, el callback de jitimer y las dos tasklets normales?</translation>
    </message>
    <message>
        <source>By vector number: the hi tasklet (HI = 0, tasklet_hi_action()), then the timer (TIMER = 1, run_timer_softirq()), then the normal list (TASKLET = 5, tasklet_action()). In the normal list rx runs before jitasklet although it was scheduled later: 2.6 inserts at the head of tasklet_vec (LIFO).</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 answer</extracomment>
        <translation>Por número de vector: la tasklet hi (HI = 0, tasklet_hi_action()), luego el temporizador (TIMER = 1, run_timer_softirq()) y luego la lista normal (TASKLET = 5, tasklet_action()). En la lista normal, rx se ejecuta antes que jitasklet aunque se planificó después: 2.6 inserta en la cabeza de tasklet_vec (LIFO).</translation>
    </message>
    <message>
        <source>The restart loop runs the rest</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 4 title</extracomment>
        <translation>El bucle de reinicio ejecuta el resto</translation>
    </message>
    <message>
        <source>Both jit tasklets rescheduled themselves from their callbacks, so HI and TASKLET are pending again. linux-2.6.10 restarts __do_softirq() up to MAX_SOFTIRQ_RESTART = 10 times: passes 2 to 5 run one hi run and one normal run each, all in jiffy 1001. The jitimer callback re-arms itself for the next jiffy, so its five lines are one tick apart. Both tasklet outputs are identical: &apos;the only difference is that they use different lists&apos; (the book, 7.5).</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 4 text</extracomment>
        <translation>Las dos tasklets de jit se volvieron a planificar desde sus callbacks, así que HI y TASKLET vuelven a estar pendientes. linux-2.6.10 reinicia __do_softirq() hasta MAX_SOFTIRQ_RESTART = 10 veces: las pasadas 2 a 5 hacen cada una una ejecución hi y una normal, todas en el jiffy 1001. El callback de jitimer se vuelve a armar para el siguiente jiffy, así que sus cinco líneas están separadas por un tick. Las dos salidas de tasklet son idénticas: «la única diferencia es que usan listas distintas» (el libro, 7.5).</translation>
    </message>
    <message>
        <source>Schedule twice, run once</source>
        <extracomment>lesson-02-schedule-twice.json: title</extracomment>
        <translation>Planificar dos veces, ejecutar una</translation>
    </message>
    <message>
        <source>ifconfig calls tasklet_schedule(rx) twice before rx gets a chance to run: the second call finds TASKLET_STATE_SCHED already set and does nothing, so the callback runs once. A schedule made after the run queues it again.</source>
        <extracomment>lesson-02-schedule-twice.json: description</extracomment>
        <translation>ifconfig llama dos veces a tasklet_schedule(rx) antes de que rx tenga ocasión de ejecutarse: la segunda llamada encuentra TASKLET_STATE_SCHED ya activo y no hace nada, así que el callback se ejecuta una sola vez. Una planificación hecha después de la ejecución la vuelve a encolar.</translation>
    </message>
    <message>
        <source>First schedule queues rx</source>
        <extracomment>lesson-02-schedule-twice.json: step 1 title</extracomment>
        <translation>La primera planificación encola rx</translation>
    </message>
    <message>
        <source>include/linux/interrupt.h: tasklet_schedule() does test_and_set_bit(TASKLET_STATE_SCHED). The bit was clear, so __tasklet_schedule() puts rx on this CPU&apos;s tasklet_vec and raises TASKLET. ksoftirqd/0 (nice 19) cannot preempt cc1: rx waits for the next tick.</source>
        <extracomment>lesson-02-schedule-twice.json: step 1 text</extracomment>
        <translation>include/linux/interrupt.h: tasklet_schedule() hace test_and_set_bit(TASKLET_STATE_SCHED). El bit estaba a cero, así que __tasklet_schedule() pone rx en la tasklet_vec de esta CPU y levanta TASKLET. ksoftirqd/0 (nice 19) no puede expropiar la CPU a cc1: rx espera al siguiente tick.</translation>
    </message>
    <message>
        <source>Second schedule: a no-op</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 title</extracomment>
        <translation>Segunda planificación: sin efecto</translation>
    </message>
    <message>
        <source>The trace shows the call with &apos;no-op&apos;: nothing is queued and nothing is raised.</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 text</extracomment>
        <translation>La traza muestra la llamada con «no-op»: no se encola nada ni se levanta nada.</translation>
    </message>
    <message>
        <source>rx is still queued. How many times will its callback run after this second tasklet_schedule()?</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 question</extracomment>
        <translation>rx sigue en cola. ¿Cuántas veces se ejecutará su callback después de este segundo tasklet_schedule()?</translation>
    </message>
    <message>
        <source>Once. test_and_set_bit() finds SCHED already set and the call returns without touching the list. The book, 7.5: a tasklet scheduled again before it runs &apos;runs only once&apos;.</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 answer</extracomment>
        <translation>Una. test_and_set_bit() encuentra SCHED ya activo y la llamada vuelve sin tocar la lista. El libro, 7.5: una tasklet planificada de nuevo antes de ejecutarse «se ejecuta solo una vez».</translation>
    </message>
    <message>
        <source>The tick runs rx once</source>
        <extracomment>lesson-02-schedule-twice.json: step 3 title</extracomment>
        <translation>El tick ejecuta rx una vez</translation>
    </message>
    <message>
        <source>The tick&apos;s irq_exit() runs __do_softirq() in cc1&apos;s context. kernel/softirq.c: tasklet_action() clears SCHED just before the callback, so a schedule from now on queues it again.</source>
        <extracomment>lesson-02-schedule-twice.json: step 3 text</extracomment>
        <translation>El irq_exit() del tick ejecuta __do_softirq() en el contexto de cc1. kernel/softirq.c: tasklet_action() borra SCHED justo antes del callback, así que a partir de ahora una planificación la vuelve a encolar.</translation>
    </message>
    <message>
        <source>Scheduled again after the run</source>
        <extracomment>lesson-02-schedule-twice.json: step 4 title</extracomment>
        <translation>Planificada de nuevo tras la ejecución</translation>
    </message>
    <message>
        <source>SCHED is clear, so this call queues rx again and it runs at the 2 ms tick: one run per schedule that finds the tasklet idle, never one per call.</source>
        <extracomment>lesson-02-schedule-twice.json: step 4 text</extracomment>
        <translation>SCHED está a cero, así que esta llamada vuelve a encolar rx, que se ejecuta en el tick de los 2 ms: una ejecución por cada planificación que encuentra la tasklet inactiva, nunca una por llamada.</translation>
    </message>
    <message>
        <source>Disabling counts: twice disabled, once enabled</source>
        <extracomment>lesson-03-disable-count.json: title</extracomment>
        <translation>Desactivar se cuenta: dos desactivaciones, una activación</translation>
    </message>
    <message>
        <source>tasklet_disable() increments a counter and tasklet_enable() decrements it; the tasklet may run only when the count is back to 0. After two disables and one enable, rx is still disabled: a schedule queues it but it does not run until the second enable.</source>
        <extracomment>lesson-03-disable-count.json: description</extracomment>
        <translation>tasklet_disable() incrementa un contador y tasklet_enable() lo decrementa; la tasklet solo puede ejecutarse cuando el contador vuelve a 0. Tras dos desactivaciones y una activación, rx sigue desactivada: una planificación la encola, pero no se ejecuta hasta la segunda activación.</translation>
    </message>
    <message>
        <source>Two disables</source>
        <extracomment>lesson-03-disable-count.json: step 1 title</extracomment>
        <translation>Dos desactivaciones</translation>
    </message>
    <message>
        <source>include/linux/interrupt.h: tasklet_disable() does atomic_inc(&amp;t-&gt;count) and then waits until TASKLET_STATE_RUN is clear (rx is not running, so it returns at once). Called twice, count is 2. The book, 7.5: &apos;the tasklet is disabled until tasklet_enable is called the same number of times&apos;.</source>
        <extracomment>lesson-03-disable-count.json: step 1 text</extracomment>
        <translation>include/linux/interrupt.h: tasklet_disable() hace atomic_inc(&amp;t-&gt;count) y luego espera a que TASKLET_STATE_RUN esté a cero (rx no se está ejecutando, así que vuelve en el acto). Tras dos llamadas, count vale 2. El libro, 7.5: «la tasklet queda desactivada hasta que se llame a tasklet_enable el mismo número de veces».</translation>
    </message>
    <message>
        <source>One enable</source>
        <extracomment>lesson-03-disable-count.json: step 2 title</extracomment>
        <translation>Una activación</translation>
    </message>
    <message>
        <source>tasklet_enable() is only atomic_dec(&amp;t-&gt;count): count 1, still disabled. It checks nothing and raises nothing.</source>
        <extracomment>lesson-03-disable-count.json: step 2 text</extracomment>
        <translation>tasklet_enable() es solo atomic_dec(&amp;t-&gt;count): count 1, sigue desactivada. No comprueba nada ni levanta nada.</translation>
    </message>
    <message>
        <source>Scheduled while disabled</source>
        <extracomment>lesson-03-disable-count.json: step 3 title</extracomment>
        <translation>Planificada estando desactivada</translation>
    </message>
    <message>
        <source>The trace shows tasklet_requeue events in swapper/0&apos;s irq_exit() and then in ksoftirqd/0: the queued, disabled tasklet keeps the softirq busy (see the next lesson).</source>
        <extracomment>lesson-03-disable-count.json: step 3 text</extracomment>
        <translation>La traza muestra eventos tasklet_requeue en el irq_exit() de swapper/0 y después en ksoftirqd/0: la tasklet encolada y desactivada mantiene ocupado el softirq (véase la lección siguiente).</translation>
    </message>
    <message>
        <source>An interrupt schedules rx now (count is 1). Will the callback run?</source>
        <extracomment>lesson-03-disable-count.json: step 3 question</extracomment>
        <translation>Una interrupción planifica rx ahora (count vale 1). ¿Se ejecutará el callback?</translation>
    </message>
    <message>
        <source>No. tasklet_schedule() ignores the count and queues rx, but kernel/softirq.c: tasklet_action() sees count != 0, puts it back on the list and raises TASKLET again, pass after pass, without calling it.</source>
        <extracomment>lesson-03-disable-count.json: step 3 answer</extracomment>
        <translation>No. tasklet_schedule() ignora el contador y encola rx, pero kernel/softirq.c: tasklet_action() ve count != 0, la devuelve a la lista y vuelve a levantar TASKLET, pasada tras pasada, sin llamarla.</translation>
    </message>
    <message>
        <source>The second enable</source>
        <extracomment>lesson-03-disable-count.json: step 4 title</extracomment>
        <translation>La segunda activación</translation>
    </message>
    <message>
        <source>count is 0. The very next tasklet_action() pass finds it enabled, clears SCHED and runs the callback, exactly once, in ksoftirqd/0, which was still looping on it.</source>
        <extracomment>lesson-03-disable-count.json: step 4 text</extracomment>
        <translation>count vale 0. La siguiente pasada de tasklet_action() la encuentra activada, borra SCHED y ejecuta el callback, exactamente una vez, en ksoftirqd/0, que seguía dando vueltas sobre ella.</translation>
    </message>
    <message>
        <source>A disabled tasklet keeps the softirq churning</source>
        <extracomment>lesson-04-disabled-churn.json: title</extracomment>
        <translation>Una tasklet desactivada mantiene el softirq girando en vacío</translation>
    </message>
    <message>
        <source>rx is declared with DECLARE_TASKLET_DISABLED and a network interrupt schedules it. Nothing runs it, yet it is not idle: every tasklet_action() puts it back and raises TASKLET again, each __do_softirq() uses its whole restart budget and ksoftirqd/0 spins, taking the CPU from make, until the driver enables it.</source>
        <extracomment>lesson-04-disabled-churn.json: description</extracomment>
        <translation>rx se declara con DECLARE_TASKLET_DISABLED y una interrupción de red la planifica. Nada la ejecuta, pero no está inactiva: cada tasklet_action() la devuelve a la lista y vuelve a levantar TASKLET, cada __do_softirq() agota todo su presupuesto de reinicios y ksoftirqd/0 gira sin parar, quitándole la CPU a make, hasta que el controlador la activa.</translation>
    </message>
    <message>
        <source>A disabled tasklet is scheduled</source>
        <extracomment>lesson-04-disabled-churn.json: step 1 title</extracomment>
        <translation>Se planifica una tasklet desactivada</translation>
    </message>
    <message>
        <source>tasklet_schedule() never looks at the count: rx goes on tasklet_vec with SCHED set. The interrupt&apos;s irq_exit() runs __do_softirq() on top of make.</source>
        <extracomment>lesson-04-disabled-churn.json: step 1 text</extracomment>
        <translation>tasklet_schedule() nunca mira el contador: rx va a tasklet_vec con SCHED activo. El irq_exit() de la interrupción ejecuta __do_softirq() encima de make.</translation>
    </message>
    <message>
        <source>Ten passes, then ksoftirqd</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 title</extracomment>
        <translation>Diez pasadas y luego ksoftirqd</translation>
    </message>
    <message>
        <source>This is the R-CHURN rule of kernel-semantics.md 4: the vector is re-raised every pass, without waking anyone, until the tasklet is enabled.</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 text</extracomment>
        <translation>Es la regla R-CHURN de kernel-semantics.md 4: el vector se vuelve a levantar en cada pasada, sin despertar a nadie, hasta que la tasklet se activa.</translation>
    </message>
    <message>
        <source>How many passes will this __do_softirq() invocation make, and who continues afterwards?</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 question</extracomment>
        <translation>¿Cuántas pasadas hará esta invocación de __do_softirq(), y quién sigue después?</translation>
    </message>
    <message>
        <source>Ten. kernel/softirq.c: tasklet_action_common() finds count != 0, re-inserts rx and calls __raise_softirq_irqoff(TASKLET), so TASKLET is pending after every pass; MAX_SOFTIRQ_RESTART (10) ends the loop and wakeup_softirqd() hands the rest to ksoftirqd/0.</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 answer</extracomment>
        <translation>Diez. kernel/softirq.c: tasklet_action_common() encuentra count != 0, vuelve a insertar rx y llama a __raise_softirq_irqoff(TASKLET), así que TASKLET está pendiente tras cada pasada; MAX_SOFTIRQ_RESTART (10) termina el bucle y wakeup_softirqd() deja el resto a ksoftirqd/0.</translation>
    </message>
    <message>
        <source>ksoftirqd/0 spins</source>
        <extracomment>lesson-04-disabled-churn.json: step 3 title</extracomment>
        <translation>ksoftirqd/0 gira sin parar</translation>
    </message>
    <message>
        <source>ksoftirqd/0 (nice 0 under CFS) preempts make and calls __do_softirq() again and again (kernel/softirq.c: run_ksoftirqd()), each time 10 passes of requeues. It gives the CPU up only when the scheduler takes it away.</source>
        <extracomment>lesson-04-disabled-churn.json: step 3 text</extracomment>
        <translation>ksoftirqd/0 (nice 0 con CFS) expropia la CPU a make y llama a __do_softirq() una y otra vez (kernel/softirq.c: run_ksoftirqd()), cada vez con 10 pasadas de reencolados. Solo cede la CPU cuando el planificador se la quita.</translation>
    </message>
    <message>
        <source>tasklet_enable() alone raises nothing</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 title</extracomment>
        <translation>tasklet_enable() no levanta nada por sí sola</translation>
    </message>
    <message>
        <source>include/linux/interrupt.h: tasklet_enable() does not raise the softirq or wake ksoftirqd.</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 text</extracomment>
        <translation>include/linux/interrupt.h: tasklet_enable() no levanta el softirq ni despierta a ksoftirqd.</translation>
    </message>
    <message>
        <source>insmod enables rx at 6 ms and goes back to sleep; make gets the CPU. When and in which context will rx finally run?</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 question</extracomment>
        <translation>insmod activa rx a los 6 ms y vuelve a dormirse; make obtiene la CPU. ¿Cuándo y en qué contexto se ejecutará por fin rx?</translation>
    </message>
    <message>
        <source>At the next processing of TASKLET: the 8 ms tick (HZ = 250). Its irq_exit() runs __do_softirq() on top of make, so rx runs in make&apos;s context, not in ksoftirqd/0. tasklet_enable() is only atomic_dec(); the pending TASKLET bit left by the churn does the rest.</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 answer</extracomment>
        <translation>En el siguiente procesamiento de TASKLET: el tick de los 8 ms (HZ = 250). Su irq_exit() ejecuta __do_softirq() encima de make, así que rx se ejecuta en el contexto de make, no en ksoftirqd/0. tasklet_enable() es solo atomic_dec(); el bit TASKLET pendiente que dejó el giro en vacío hace el resto.</translation>
    </message>
    <message>
        <source>One run, the churn stops</source>
        <extracomment>lesson-04-disabled-churn.json: step 5 title</extracomment>
        <translation>Una ejecución y se acaba el giro en vacío</translation>
    </message>
    <message>
        <source>tasklet_action() finds count 0, clears SCHED and runs rx once. The list is empty, nothing re-raises TASKLET, and ksoftirqd/0 goes back to sleep.</source>
        <extracomment>lesson-04-disabled-churn.json: step 5 text</extracomment>
        <translation>tasklet_action() encuentra count 0, borra SCHED y ejecuta rx una vez. La lista queda vacía, nada vuelve a levantar TASKLET y ksoftirqd/0 vuelve a dormirse.</translation>
    </message>
    <message>
        <source>tasklet_kill() waits for a queued tasklet to run</source>
        <extracomment>lesson-05-kill-waits.json: title</extracomment>
        <translation>tasklet_kill() espera a que se ejecute una tasklet encolada</translation>
    </message>
    <message>
        <source>rx is queued on CPU 0, where ethtool holds local_bh_disable(), so it cannot run yet. rmmod on CPU 1 calls tasklet_kill(rx): kill does not remove rx from the list, it sleeps until rx has run once. After kill returns, rx can be scheduled again.</source>
        <extracomment>lesson-05-kill-waits.json: description</extracomment>
        <translation>rx está encolada en la CPU 0, donde ethtool mantiene local_bh_disable(), así que aún no puede ejecutarse. rmmod, en la CPU 1, llama a tasklet_kill(rx): kill no quita rx de la lista, sino que duerme hasta que rx se haya ejecutado una vez. Cuando kill vuelve, rx puede planificarse de nuevo.</translation>
    </message>
    <message>
        <source>rx is queued on CPU 0 but cannot run</source>
        <extracomment>lesson-05-kill-waits.json: step 1 title</extracomment>
        <translation>rx está encolada en la CPU 0 pero no puede ejecutarse</translation>
    </message>
    <message>
        <source>eth0&apos;s handler schedules rx on CPU 0. Its irq_exit() does not run softirqs because ethtool has bottom halves disabled (in_interrupt() is true, kernel/softirq.c: irq_exit()).</source>
        <extracomment>lesson-05-kill-waits.json: step 1 text</extracomment>
        <translation>El manejador de eth0 planifica rx en la CPU 0. Su irq_exit() no ejecuta softirqs porque ethtool tiene desactivadas las mitades inferiores (in_interrupt() es verdadero, kernel/softirq.c: irq_exit()).</translation>
    </message>
    <message>
        <source>rmmod calls tasklet_kill()</source>
        <extracomment>lesson-05-kill-waits.json: step 2 title
----------
lesson-06-kill-disabled.json: step 2 title</extracomment>
        <translation>rmmod llama a tasklet_kill()</translation>
    </message>
    <message>
        <source>The book, 7.5: tasklet_kill() &apos;ensures that the tasklet is not scheduled to run again&apos;; if it is scheduled, &apos;the function waits until it has executed&apos;.</source>
        <extracomment>lesson-05-kill-waits.json: step 2 text</extracomment>
        <translation>El libro, 7.5: tasklet_kill() «garantiza que la tasklet no vuelva a planificarse para ejecutarse»; si está planificada, «la función espera hasta que se haya ejecutado».</translation>
    </message>
    <message>
        <source>rx is queued and enabled. Does tasklet_kill() take it off the list, or wait?</source>
        <extracomment>lesson-05-kill-waits.json: step 2 question</extracomment>
        <translation>rx está encolada y activada. ¿tasklet_kill() la saca de la lista o espera?</translation>
    </message>
    <message>
        <source>It waits. kernel/softirq.c: tasklet_kill() loops on test_and_set_bit(TASKLET_STATE_SCHED) and, in 6.1, sleeps in wait_var_event() (D state) until tasklet_action() clears SCHED; then it waits for RUN to clear. It never dequeues.</source>
        <extracomment>lesson-05-kill-waits.json: step 2 answer</extracomment>
        <translation>Espera. kernel/softirq.c: tasklet_kill() itera sobre test_and_set_bit(TASKLET_STATE_SCHED) y, en 6.1, duerme en wait_var_event() (estado D) hasta que tasklet_action() borra SCHED; después espera a que RUN quede a cero. Nunca la saca de la cola.</translation>
    </message>
    <message>
        <source>local_bh_enable() runs rx, kill returns</source>
        <extracomment>lesson-05-kill-waits.json: step 3 title</extracomment>
        <translation>local_bh_enable() ejecuta rx y kill vuelve</translation>
    </message>
    <message>
        <source>ethtool&apos;s local_bh_enable() runs the pending TASKLET softirq in its own context. tasklet_action() clears SCHED (waking rmmod, which now owns SCHED and waits for RUN), runs rx once, and tasklet_unlock() wakes rmmod again: tasklet_kill() returns at 2.55 ms, after exactly one run.</source>
        <extracomment>lesson-05-kill-waits.json: step 3 text</extracomment>
        <translation>El local_bh_enable() de ethtool ejecuta el softirq TASKLET pendiente en su propio contexto. tasklet_action() borra SCHED (lo que despierta a rmmod, que ahora posee SCHED y espera a RUN), ejecuta rx una vez, y tasklet_unlock() vuelve a despertar a rmmod: tasklet_kill() vuelve a los 2.55 ms, tras exactamente una ejecución.</translation>
    </message>
    <message>
        <source>Killed is not dead</source>
        <extracomment>lesson-05-kill-waits.json: step 4 title</extracomment>
        <translation>Matada no significa muerta</translation>
    </message>
    <message>
        <source>tasklet_kill() leaves SCHED and RUN clear: a new tasklet_schedule() queues rx on CPU 1 and it runs again. A driver must stop whatever schedules the tasklet before killing it.</source>
        <extracomment>lesson-05-kill-waits.json: step 4 text</extracomment>
        <translation>tasklet_kill() deja SCHED y RUN a cero: un nuevo tasklet_schedule() encola rx en la CPU 1 y se vuelve a ejecutar. Un controlador debe detener lo que planifica la tasklet antes de matarla.</translation>
    </message>
    <message>
        <source>tasklet_kill() never returns on a disabled tasklet</source>
        <extracomment>lesson-06-kill-disabled.json: title</extracomment>
        <translation>tasklet_kill() nunca vuelve con una tasklet desactivada</translation>
    </message>
    <message>
        <source>rx is declared disabled and gets scheduled. rmmod then calls tasklet_kill(rx): SCHED can only be cleared by running the tasklet, a disabled tasklet never runs, so rmmod waits for ever while ksoftirqd/0 churns on rx. The run ends with tasklet_kill() still waiting.</source>
        <extracomment>lesson-06-kill-disabled.json: description</extracomment>
        <translation>rx se declara desactivada y se planifica. Después rmmod llama a tasklet_kill(rx): SCHED solo puede borrarse ejecutando la tasklet, y una tasklet desactivada nunca se ejecuta, así que rmmod espera para siempre mientras ksoftirqd/0 gira en vacío sobre rx. La ejecución termina con tasklet_kill() todavía esperando.</translation>
    </message>
    <message>
        <source>A disabled tasklet is queued</source>
        <extracomment>lesson-06-kill-disabled.json: step 1 title</extracomment>
        <translation>Se encola una tasklet desactivada</translation>
    </message>
    <message>
        <source>tasklet_schedule() sets SCHED and queues rx although count is 1. tasklet_action() skips it and re-raises TASKLET every pass; after 10 passes ksoftirqd/0 takes over and keeps doing it.</source>
        <extracomment>lesson-06-kill-disabled.json: step 1 text</extracomment>
        <translation>tasklet_schedule() pone SCHED a 1 y encola rx aunque count vale 1. tasklet_action() se la salta y vuelve a levantar TASKLET en cada pasada; tras 10 pasadas, ksoftirqd/0 toma el relevo y sigue haciéndolo.</translation>
    </message>
    <message>
        <source>The simulator reports the call as unfinished at the end of the run. Enable before you kill: the book&apos;s cleanup order is tasklet_enable() (if disabled), then tasklet_kill().</source>
        <extracomment>lesson-06-kill-disabled.json: step 2 text</extracomment>
        <translation>El simulador informa al final de la ejecución de que la llamada no ha terminado. Active antes de matar: el orden de limpieza del libro es tasklet_enable() (si está desactivada) y después tasklet_kill().</translation>
    </message>
    <message>
        <source>Will tasklet_kill(rx) return?</source>
        <extracomment>lesson-06-kill-disabled.json: step 2 question</extracomment>
        <translation>¿Volverá tasklet_kill(rx)?</translation>
    </message>
    <message>
        <source>Never, as long as rx stays disabled. kernel/softirq.c: tasklet_kill() waits for SCHED to clear, and only tasklet_action() clears it, right before calling an enabled tasklet. In 6.1 rmmod sleeps in D state; tasklet_unlock() wakes it after every skipped pass, and whenever CFS gives it the CPU it finds SCHED still set and sleeps again (2.6 keeps calling yield() instead).</source>
        <extracomment>lesson-06-kill-disabled.json: step 2 answer</extracomment>
        <translation>Nunca, mientras rx siga desactivada. kernel/softirq.c: tasklet_kill() espera a que SCHED quede a cero, y solo tasklet_action() lo borra, justo antes de llamar a una tasklet activada. En 6.1 rmmod duerme en estado D; tasklet_unlock() lo despierta tras cada pasada saltada, y cada vez que CFS le da la CPU encuentra SCHED todavía activo y vuelve a dormirse (2.6, en cambio, sigue llamando a yield()).</translation>
    </message>
    <message>
        <source>Self-rescheduling and the restart limit</source>
        <extracomment>lesson-07-restart-limit.json: title</extracomment>
        <translation>Autoplanificación y el límite de reinicios</translation>
    </message>
    <message>
        <source>A polling tasklet reschedules itself 24 times (25 runs). Under linux-2.6.10 the interrupt&apos;s irq_exit() runs 10 of them (MAX_SOFTIRQ_RESTART), then hands the rest to ksoftirqd/0. Run it with --profile ldd3-book (one run per invocation: the pre-2.6.2 mask rule) and --profile linux-6.1 (10 passes, 2 ms or need_resched) to compare eras.</source>
        <extracomment>lesson-07-restart-limit.json: description</extracomment>
        <translation>Una tasklet de sondeo se vuelve a planificar 24 veces (25 ejecuciones). Con linux-2.6.10, el irq_exit() de la interrupción ejecuta 10 de ellas (MAX_SOFTIRQ_RESTART) y después deja el resto a ksoftirqd/0. Ejecútela con --profile ldd3-book (una ejecución por invocación: la regla mask anterior a 2.6.2) y con --profile linux-6.1 (10 pasadas, 2 ms o need_resched) para comparar épocas.</translation>
    </message>
    <message>
        <source>The interrupt schedules poll</source>
        <extracomment>lesson-07-restart-limit.json: step 1 title</extracomment>
        <translation>La interrupción planifica poll</translation>
    </message>
    <message>
        <source>The handler&apos;s tasklet_schedule() raises TASKLET from hard-IRQ context: no ksoftirqd wake-up, irq_exit() will process it (kernel/softirq.c: raise_softirq_irqoff()).</source>
        <extracomment>lesson-07-restart-limit.json: step 1 text</extracomment>
        <translation>El tasklet_schedule() del manejador levanta TASKLET desde contexto de IRQ hardware: no se despierta a ksoftirqd, lo procesará irq_exit() (kernel/softirq.c: raise_softirq_irqoff()).</translation>
    </message>
    <message>
        <source>poll calls tasklet_schedule() on itself at the end of every run. How many runs happen inside this interrupt&apos;s irq_exit()?</source>
        <extracomment>lesson-07-restart-limit.json: step 1 question</extracomment>
        <translation>poll llama a tasklet_schedule() sobre sí misma al final de cada ejecución. ¿Cuántas ejecuciones ocurren dentro del irq_exit() de esta interrupción?</translation>
    </message>
    <message>
        <source>Ten. A tasklet rescheduled from its own callback waits for the next pass (tasklet_action() detached the list first), and kernel/softirq.c: __do_softirq() restarts at most MAX_SOFTIRQ_RESTART = 10 times before calling wakeup_softirqd().</source>
        <extracomment>lesson-07-restart-limit.json: step 1 answer</extracomment>
        <translation>Diez. Una tasklet replanificada desde su propio callback espera a la siguiente pasada (tasklet_action() ya había separado la lista), y kernel/softirq.c: __do_softirq() se reinicia como máximo MAX_SOFTIRQ_RESTART = 10 veces antes de llamar a wakeup_softirqd().</translation>
    </message>
    <message>
        <source>Ten passes in swapper&apos;s irq_exit()</source>
        <extracomment>lesson-07-restart-limit.json: step 2 title</extracomment>
        <translation>Diez pasadas en el irq_exit() de swapper</translation>
    </message>
    <message>
        <source>The CPU was idle, so the runs happen on top of the idle task (swapper, pid 0) in softirq context. After the tenth pass TASKLET is still pending: __do_softirq() wakes ksoftirqd/0 and returns.</source>
        <extracomment>lesson-07-restart-limit.json: step 2 text</extracomment>
        <translation>La CPU estaba inactiva, así que las ejecuciones ocurren encima de la tarea ociosa (swapper, pid 0) en contexto de softirq. Tras la décima pasada TASKLET sigue pendiente: __do_softirq() despierta a ksoftirqd/0 y vuelve.</translation>
    </message>
    <message>
        <source>ksoftirqd/0 finishes the work</source>
        <extracomment>lesson-07-restart-limit.json: step 3 title</extracomment>
        <translation>ksoftirqd/0 termina el trabajo</translation>
    </message>
    <message>
        <source>The idle task yields to ksoftirqd/0, whose loop calls do_softirq() while anything is pending (kernel/softirq.c: ksoftirqd()): 10 more runs, then the last 5. This is how the restart limit keeps a softirq storm from starving user space. Under ldd3-book each invocation makes a single pass (only a newly raised vector restarts it), so ksoftirqd does 24 of the 25 runs; under linux-6.1 the 2 ms and need_resched() limits can cut a pass short too.</source>
        <extracomment>lesson-07-restart-limit.json: step 3 text</extracomment>
        <translation>La tarea ociosa cede la CPU a ksoftirqd/0, cuyo bucle llama a do_softirq() mientras quede algo pendiente (kernel/softirq.c: ksoftirqd()): 10 ejecuciones más y luego las 5 últimas. Así es como el límite de reinicios impide que una tormenta de softirqs deje sin CPU al espacio de usuario. Con ldd3-book cada invocación hace una sola pasada (solo un vector recién levantado la reinicia), así que ksoftirqd hace 24 de las 25 ejecuciones; con linux-6.1, los límites de 2 ms y de need_resched() también pueden acortar una pasada.</translation>
    </message>
    <message>
        <source>A tasklet runs on the CPU that scheduled it</source>
        <extracomment>lesson-08-same-cpu.json: title</extracomment>
        <translation>Una tasklet se ejecuta en la CPU que la planificó</translation>
    </message>
    <message>
        <source>Two CPUs, two network interrupts. rx is queued on CPU 0 while ethtool holds bottom halves off there; an interrupt on idle CPU 1 schedules rx too, but that call is a no-op, and rx waits for CPU 0. Later, scheduled from CPU 1, it runs on CPU 1.</source>
        <extracomment>lesson-08-same-cpu.json: description</extracomment>
        <translation>Dos CPU, dos interrupciones de red. rx se encola en la CPU 0 mientras ethtool mantiene allí desactivadas las mitades inferiores; una interrupción en la CPU 1, inactiva, también planifica rx, pero esa llamada no tiene efecto y rx espera a la CPU 0. Más tarde, planificada desde la CPU 1, se ejecuta en la CPU 1.</translation>
    </message>
    <message>
        <source>Queued on CPU 0</source>
        <extracomment>lesson-08-same-cpu.json: step 1 title</extracomment>
        <translation>Encolada en la CPU 0</translation>
    </message>
    <message>
        <source>kernel/softirq.c: __tasklet_schedule() puts the tasklet on this_cpu&apos;s tasklet_vec. The book, 7.5: &apos;a tasklet always runs on the same CPU that schedules it&apos;. Bottom halves are off on CPU 0, so it waits.</source>
        <extracomment>lesson-08-same-cpu.json: step 1 text</extracomment>
        <translation>kernel/softirq.c: __tasklet_schedule() pone la tasklet en la tasklet_vec de this_cpu. El libro, 7.5: «una tasklet siempre se ejecuta en la misma CPU que la planifica». Las mitades inferiores están desactivadas en la CPU 0, así que espera.</translation>
    </message>
    <message>
        <source>CPU 1 schedules it too</source>
        <extracomment>lesson-08-same-cpu.json: step 2 title</extracomment>
        <translation>La CPU 1 también la planifica</translation>
    </message>
    <message>
        <source>CPU 1 stays idle even though it could run rx right now.</source>
        <extracomment>lesson-08-same-cpu.json: step 2 text</extracomment>
        <translation>La CPU 1 sigue inactiva aunque podría ejecutar rx ahora mismo.</translation>
    </message>
    <message>
        <source>CPU 1 is idle and also calls tasklet_schedule(rx). Where will rx run, and how often?</source>
        <extracomment>lesson-08-same-cpu.json: step 2 question</extracomment>
        <translation>La CPU 1 está inactiva y también llama a tasklet_schedule(rx). ¿Dónde se ejecutará rx, y cuántas veces?</translation>
    </message>
    <message>
        <source>Once, on CPU 0. SCHED is already set, so CPU 1&apos;s call is a no-op: nothing moves a queued tasklet to another CPU (only CPU hot-unplug does, kernel/softirq.c: takeover_tasklets()).</source>
        <extracomment>lesson-08-same-cpu.json: step 2 answer</extracomment>
        <translation>Una vez, en la CPU 0. SCHED ya está activo, así que la llamada de la CPU 1 no tiene efecto: nada traslada una tasklet encolada a otra CPU (solo la desconexión en caliente de una CPU, kernel/softirq.c: takeover_tasklets()).</translation>
    </message>
    <message>
        <source>CPU 0 runs it</source>
        <extracomment>lesson-08-same-cpu.json: step 3 title</extracomment>
        <translation>La CPU 0 la ejecuta</translation>
    </message>
    <message>
        <source>local_bh_enable() on CPU 0 processes the pending TASKLET softirq in ethtool&apos;s context.</source>
        <extracomment>lesson-08-same-cpu.json: step 3 text</extracomment>
        <translation>local_bh_enable() en la CPU 0 procesa el softirq TASKLET pendiente en el contexto de ethtool.</translation>
    </message>
    <message>
        <source>Scheduled from CPU 1, run on CPU 1</source>
        <extracomment>lesson-08-same-cpu.json: step 4 title</extracomment>
        <translation>Planificada desde la CPU 1, ejecutada en la CPU 1</translation>
    </message>
    <message>
        <source>Now rx is idle, CPU 1&apos;s interrupt queues it on CPU 1&apos;s list and CPU 1&apos;s irq_exit() runs it on top of swapper/1.</source>
        <extracomment>lesson-08-same-cpu.json: step 4 text</extracomment>
        <translation>Ahora que rx está inactiva, la interrupción de la CPU 1 la encola en la lista de la CPU 1 y el irq_exit() de la CPU 1 la ejecuta encima de swapper/1.</translation>
    </message>
    <message>
        <source>SMP: a tasklet never runs on two CPUs at once</source>
        <extracomment>lesson-09-smp-serialization.json: title</extracomment>
        <translation>SMP: una tasklet nunca se ejecuta en dos CPU a la vez</translation>
    </message>
    <message>
        <source>rx (300 us of work) is running on CPU 0 when an interrupt on CPU 1 schedules it again. CPU 1 queues it, but tasklet_action() cannot take the RUN lock: it puts rx back and re-raises TASKLET until CPU 0&apos;s callback returns. The second run starts on CPU 1 the moment the first one ends.</source>
        <extracomment>lesson-09-smp-serialization.json: description</extracomment>
        <translation>rx (300 us de trabajo) se está ejecutando en la CPU 0 cuando una interrupción en la CPU 1 la vuelve a planificar. La CPU 1 la encola, pero tasklet_action() no puede tomar el cerrojo RUN: devuelve rx a la lista y vuelve a levantar TASKLET hasta que el callback de la CPU 0 retorna. La segunda ejecución empieza en la CPU 1 en el instante en que termina la primera.</translation>
    </message>
    <message>
        <source>rx runs on CPU 0</source>
        <extracomment>lesson-09-smp-serialization.json: step 1 title</extracomment>
        <translation>rx se ejecuta en la CPU 0</translation>
    </message>
    <message>
        <source>tasklet_action() clears SCHED and takes TASKLET_STATE_RUN with tasklet_trylock() before calling rx (kernel/softirq.c: tasklet_action_common()).</source>
        <extracomment>lesson-09-smp-serialization.json: step 1 text</extracomment>
        <translation>tasklet_action() borra SCHED y toma TASKLET_STATE_RUN con tasklet_trylock() antes de llamar a rx (kernel/softirq.c: tasklet_action_common()).</translation>
    </message>
    <message>
        <source>CPU 1 schedules rx while it runs</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 title</extracomment>
        <translation>La CPU 1 planifica rx mientras se ejecuta</translation>
    </message>
    <message>
        <source>The trace shows tasklet_requeue events with state RUN on CPU 1.</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 text</extracomment>
        <translation>La traza muestra eventos tasklet_requeue con estado RUN en la CPU 1.</translation>
    </message>
    <message>
        <source>SCHED is clear, so CPU 1&apos;s tasklet_schedule() queues rx on CPU 1. Will CPU 1 run it now, in parallel with CPU 0?</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 question</extracomment>
        <translation>SCHED está a cero, así que el tasklet_schedule() de la CPU 1 encola rx en la CPU 1. ¿La ejecutará la CPU 1 ahora, en paralelo con la CPU 0?</translation>
    </message>
    <message>
        <source>No. tasklet_trylock() fails because RUN is set: CPU 1 re-inserts rx and raises TASKLET again, pass after pass (first in irq_exit(), then in ksoftirqd/1), until CPU 0&apos;s tasklet_unlock(). The book, 7.5: &apos;a tasklet ... is never run by more than one CPU at once&apos;.</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 answer</extracomment>
        <translation>No. tasklet_trylock() falla porque RUN está activo: la CPU 1 vuelve a insertar rx y a levantar TASKLET, pasada tras pasada (primero en irq_exit(), luego en ksoftirqd/1), hasta el tasklet_unlock() de la CPU 0. El libro, 7.5: «una tasklet ... nunca se ejecuta en más de una CPU a la vez».</translation>
    </message>
    <message>
        <source>CPU 0 unlocks, CPU 1 runs</source>
        <extracomment>lesson-09-smp-serialization.json: step 3 title</extracomment>
        <translation>La CPU 0 libera el cerrojo, la CPU 1 ejecuta</translation>
    </message>
    <message>
        <source>rx returns on CPU 0 at 1.4051 ms; in the same instant ksoftirqd/1&apos;s next pass gets the lock and runs rx on CPU 1. Two runs, back to back, never overlapping: a tasklet needs no lock against itself, only against other code.</source>
        <extracomment>lesson-09-smp-serialization.json: step 3 text</extracomment>
        <translation>rx retorna en la CPU 0 a los 1.4051 ms; en ese mismo instante, la siguiente pasada de ksoftirqd/1 obtiene el cerrojo y ejecuta rx en la CPU 1. Dos ejecuciones seguidas, nunca solapadas: una tasklet no necesita cerrojo contra sí misma, solo contra otro código.</translation>
    </message>
    <message>
        <source>Tasklet order: LIFO in 2.6, FIFO in 6.1</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: title</extracomment>
        <translation>Orden de las tasklets: LIFO en 2.6, FIFO en 6.1</translation>
    </message>
    <message>
        <source>netd disables bottom halves, schedules tasklets a, b and c, and enables bottom halves again. Under linux-2.6.10 they run c, b, a: __tasklet_schedule() pushes at the head of the list. Run it with --profile linux-6.1 to see a, b, c: modern kernels append at the tail.</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: description</extracomment>
        <translation>netd desactiva las mitades inferiores, planifica las tasklets a, b y c, y vuelve a activar las mitades inferiores. Con linux-2.6.10 se ejecutan c, b, a: __tasklet_schedule() inserta en la cabeza de la lista. Ejecútelo con --profile linux-6.1 para ver a, b, c: los núcleos modernos añaden al final.</translation>
    </message>
    <message>
        <source>a, b, c are queued</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 1 title</extracomment>
        <translation>Se encolan a, b y c</translation>
    </message>
    <message>
        <source>With bottom halves disabled nothing runs them yet. 2.6.10&apos;s kernel/softirq.c: __tasklet_schedule() does t-&gt;next = head; head = t: each new tasklet goes in front.</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 1 text</extracomment>
        <translation>Con las mitades inferiores desactivadas, nada las ejecuta todavía. En 2.6.10, kernel/softirq.c: __tasklet_schedule() hace t-&gt;next = head; head = t: cada tasklet nueva se pone delante.</translation>
    </message>
    <message>
        <source>local_bh_enable() runs the list</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 title</extracomment>
        <translation>local_bh_enable() ejecuta la lista</translation>
    </message>
    <message>
        <source>tasklet_action() detaches the whole list and walks it from the head. The book makes no promise about the order of different tasklets, and portable drivers must not rely on one.</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 text</extracomment>
        <translation>tasklet_action() separa la lista entera y la recorre desde la cabeza. El libro no promete nada sobre el orden de tasklets distintas, y los controladores portables no deben depender de ninguno.</translation>
    </message>
    <message>
        <source>In which order do a, b and c run under linux-2.6.10? And under linux-6.1?</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 question</extracomment>
        <translation>¿En qué orden se ejecutan a, b y c con linux-2.6.10? ¿Y con linux-6.1?</translation>
    </message>
    <message>
        <source>2.6.10: c, b, a (LIFO, the list is a stack). 6.1: a, b, c (FIFO: since about 2.6.34 tasklet_vec has a tail pointer and __tasklet_schedule_common() appends).</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 answer</extracomment>
        <translation>2.6.10: c, b, a (LIFO, la lista es una pila). 6.1: a, b, c (FIFO: desde 2.6.34 aproximadamente, tasklet_vec tiene un puntero al último elemento y __tasklet_schedule_common() añade al final).</translation>
    </message>
    <message>
        <source>Top half and bottom half: a network interrupt</source>
        <extracomment>lesson-11-top-bottom-half.json: title</extracomment>
        <translation>Mitad superior y mitad inferior: una interrupción de red</translation>
    </message>
    <message>
        <source>A network card interrupts twice while make keeps the CPU busy. The top half (8 us, interrupts off) only acknowledges the device, schedules the eth0_rx tasklet and wakes sshd, which waits for data. The bottom half (40 us) runs right after the handler, at irq_exit(), with interrupts on, still on top of make. sshd runs after that.</source>
        <extracomment>lesson-11-top-bottom-half.json: description</extracomment>
        <translation>Una tarjeta de red interrumpe dos veces mientras make mantiene ocupada la CPU. La mitad superior (8 us, con las interrupciones desactivadas) solo reconoce la interrupción en el dispositivo, planifica la tasklet eth0_rx y despierta a sshd, que espera datos. La mitad inferior (40 us) se ejecuta justo después del manejador, en irq_exit(), con las interrupciones activadas, todavía encima de make. sshd se ejecuta después.</translation>
    </message>
    <message>
        <source>The top half</source>
        <extracomment>lesson-11-top-bottom-half.json: step 1 title</extracomment>
        <translation>La mitad superior</translation>
    </message>
    <message>
        <source>LDD3 10.4: the handler does the minimum in hard-IRQ context and defers the rest. Here it calls tasklet_schedule(eth0_rx) (from hard-IRQ context: raise without waking ksoftirqd) and wakes sshd.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 1 text</extracomment>
        <translation>LDD3 10.4: el manejador hace lo mínimo en contexto de IRQ hardware y difiere el resto. Aquí llama a tasklet_schedule(eth0_rx) (desde contexto de IRQ hardware: levanta el softirq sin despertar a ksoftirqd) y despierta a sshd.</translation>
    </message>
    <message>
        <source>The bottom half</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 title</extracomment>
        <translation>La mitad inferior</translation>
    </message>
    <message>
        <source>6.1&apos;s ksoftirqd_running() shortcut does not apply: it defers only when no HI or TASKLET bit is pending.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 text</extracomment>
        <translation>El atajo ksoftirqd_running() de 6.1 no se aplica: solo difiere el trabajo cuando no hay ningún bit HI ni TASKLET pendiente.</translation>
    </message>
    <message>
        <source>The handler has returned. Who runs eth0_rx first: ksoftirqd/0, sshd or irq_exit()?</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 question</extracomment>
        <translation>El manejador ha retornado. ¿Quién ejecuta primero eth0_rx: ksoftirqd/0, sshd o irq_exit()?</translation>
    </message>
    <message>
        <source>irq_exit(). kernel/softirq.c: irq_exit() sees TASKLET pending outside interrupt context and calls __do_softirq() right away, on top of the interrupted task (make), in softirq context. Only then does the scheduler switch to sshd.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 answer</extracomment>
        <translation>irq_exit(). kernel/softirq.c: irq_exit() ve TASKLET pendiente fuera de contexto de interrupción y llama de inmediato a __do_softirq(), encima de la tarea interrumpida (make), en contexto de softirq. Solo entonces el planificador cambia a sshd.</translation>
    </message>
    <message>
        <source>The woken task runs</source>
        <extracomment>lesson-11-top-bottom-half.json: step 3 title</extracomment>
        <translation>Se ejecuta la tarea despertada</translation>
    </message>
    <message>
        <source>On the way back to user mode the scheduler switches to sshd (woken by the top half), which finds the data the bottom half prepared, then sleeps again; make continues.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 3 text</extracomment>
        <translation>De vuelta a modo usuario, el planificador cambia a sshd (despertado por la mitad superior), que encuentra los datos que preparó la mitad inferior y vuelve a dormirse; make continúa.</translation>
    </message>
    <message>
        <source>The same again</source>
        <extracomment>lesson-11-top-bottom-half.json: step 4 title</extracomment>
        <translation>Lo mismo otra vez</translation>
    </message>
    <message>
        <source>Every interrupt gives one top half and one tasklet run. Had a second interrupt arrived before eth0_rx ran, both would share one run (the lesson &apos;Schedule twice, run once&apos;).</source>
        <extracomment>lesson-11-top-bottom-half.json: step 4 text</extracomment>
        <translation>Cada interrupción produce una mitad superior y una ejecución de la tasklet. Si hubiera llegado una segunda interrupción antes de que eth0_rx se ejecutara, ambas habrían compartido una sola ejecución (la lección «Planificar dos veces, ejecutar una»).</translation>
    </message>
    <message>
        <source>Vector order, pass by pass</source>
        <extracomment>lesson-12-vector-order.json: title</extracomment>
        <translation>Orden de los vectores, pasada a pasada</translation>
    </message>
    <message>
        <source>On an idle CPU the tick raises TIMER. While TIMER&apos;s action runs (we make it take 30 us with costs.softirq_action), a network interrupt schedules the normal tasklet rx and then a keyboard interrupt schedules the hi tasklet kbd. They were not pending when the pass started, so they wait for the next pass, where HI runs before TASKLET although it was raised last.</source>
        <extracomment>lesson-12-vector-order.json: description</extracomment>
        <translation>En una CPU inactiva, el tick levanta TIMER. Mientras se ejecuta la acción de TIMER (hacemos que tarde 30 us con costs.softirq_action), una interrupción de red planifica la tasklet normal rx y después una interrupción de teclado planifica la tasklet hi kbd. No estaban pendientes cuando empezó la pasada, así que esperan a la siguiente, donde HI se ejecuta antes que TASKLET aunque se levantó en último lugar.</translation>
    </message>
    <message>
        <source>Pass 1: only TIMER</source>
        <extracomment>lesson-12-vector-order.json: step 1 title</extracomment>
        <translation>Pasada 1: solo TIMER</translation>
    </message>
    <message>
        <source>kernel/softirq.c: __do_softirq() copies the pending mask (TIMER) and clears it, then runs each set vector in ascending order with interrupts enabled.</source>
        <extracomment>lesson-12-vector-order.json: step 1 text</extracomment>
        <translation>kernel/softirq.c: __do_softirq() copia la máscara de pendientes (TIMER) y la pone a cero; luego ejecuta cada vector activo en orden ascendente con las interrupciones activadas.</translation>
    </message>
    <message>
        <source>Interrupts inside the softirq</source>
        <extracomment>lesson-12-vector-order.json: step 2 title</extracomment>
        <translation>Interrupciones dentro del softirq</translation>
    </message>
    <message>
        <source>The nested handlers run in hard-IRQ context on top of the softirq.</source>
        <extracomment>lesson-12-vector-order.json: step 2 text</extracomment>
        <translation>Los manejadores anidados se ejecutan en contexto de IRQ hardware encima del softirq.</translation>
    </message>
    <message>
        <source>eth0 raises TASKLET at 1.01 ms, i8042 raises HI at 1.02 ms, both while TIMER&apos;s action runs. When do rx and kbd run, and in which order?</source>
        <extracomment>lesson-12-vector-order.json: step 2 question</extracomment>
        <translation>eth0 levanta TASKLET a los 1.01 ms e i8042 levanta HI a los 1.02 ms, ambos mientras se ejecuta la acción de TIMER. ¿Cuándo se ejecutan rx y kbd, y en qué orden?</translation>
    </message>
    <message>
        <source>In pass 2 of the same __do_softirq(), kbd (HI = 0) first, then rx (TASKLET = 5). Pass 1 only serves the bits of its snapshot; the restart check after it finds HI|TASKLET pending. A nested irq_exit() does not start a second __do_softirq(): in_interrupt() is true.</source>
        <extracomment>lesson-12-vector-order.json: step 2 answer</extracomment>
        <translation>En la pasada 2 del mismo __do_softirq(): primero kbd (HI = 0) y luego rx (TASKLET = 5). La pasada 1 solo atiende los bits de su instantánea; la comprobación de reinicio que la sigue encuentra HI|TASKLET pendientes. Un irq_exit() anidado no inicia un segundo __do_softirq(): in_interrupt() es verdadero.</translation>
    </message>
    <message>
        <source>Pass 2: HI before TASKLET</source>
        <extracomment>lesson-12-vector-order.json: step 3 title</extracomment>
        <translation>Pasada 2: HI antes que TASKLET</translation>
    </message>
    <message>
        <source>The order is the vector number, not the order of raising: HI_SOFTIRQ = 0 is served by tasklet_hi_action(), TASKLET_SOFTIRQ = 5 by tasklet_action() (include/linux/interrupt.h). That is what tasklet_hi_schedule() buys: &apos;high-priority&apos; tasklets run before timers and every other softirq.</source>
        <extracomment>lesson-12-vector-order.json: step 3 text</extracomment>
        <translation>El orden lo da el número de vector, no el orden en que se levantaron: HI_SOFTIRQ = 0 lo atiende tasklet_hi_action() y TASKLET_SOFTIRQ = 5, tasklet_action() (include/linux/interrupt.h). Eso es lo que aporta tasklet_hi_schedule(): las tasklets de «alta prioridad» se ejecutan antes que los temporizadores y que cualquier otro softirq.</translation>
    </message>
    <message>
        <source>local_bh_disable() and local_bh_enable()</source>
        <extracomment>lesson-13-local-bh.json: title</extracomment>
        <translation>local_bh_disable() y local_bh_enable()</translation>
    </message>
    <message>
        <source>netstat disables bottom halves on CPU 0 (as spin_lock_bh() does). A network interrupt schedules rx meanwhile: its irq_exit() may not run softirqs, and nobody wakes ksoftirqd. When netstat calls local_bh_enable(), the pending tasklet runs at once, in netstat&apos;s own context.</source>
        <extracomment>lesson-13-local-bh.json: description</extracomment>
        <translation>netstat desactiva las mitades inferiores en la CPU 0 (como hace spin_lock_bh()). Mientras tanto, una interrupción de red planifica rx: su irq_exit() no puede ejecutar softirqs y nadie despierta a ksoftirqd. Cuando netstat llama a local_bh_enable(), la tasklet pendiente se ejecuta en el acto, en el propio contexto de netstat.</translation>
    </message>
    <message>
        <source>Bottom halves off</source>
        <extracomment>lesson-13-local-bh.json: step 1 title</extracomment>
        <translation>Mitades inferiores desactivadas</translation>
    </message>
    <message>
        <source>local_bh_disable() adds SOFTIRQ_DISABLE_OFFSET to preempt_count (include/linux/bottom_half.h). in_interrupt() is now true in this task, although it is in process context.</source>
        <extracomment>lesson-13-local-bh.json: step 1 text</extracomment>
        <translation>local_bh_disable() suma SOFTIRQ_DISABLE_OFFSET a preempt_count (include/linux/bottom_half.h). Ahora in_interrupt() es verdadero en esta tarea, aunque esté en contexto de proceso.</translation>
    </message>
    <message>
        <source>An interrupt schedules rx</source>
        <extracomment>lesson-13-local-bh.json: step 2 title</extracomment>
        <translation>Una interrupción planifica rx</translation>
    </message>
    <message>
        <source>The raise comes from hard-IRQ context, so raise_softirq_irqoff() does not wake ksoftirqd, and irq_exit() skips __do_softirq() because in_interrupt() is true. rx waits.</source>
        <extracomment>lesson-13-local-bh.json: step 2 text</extracomment>
        <translation>El softirq se levanta desde contexto de IRQ hardware, así que raise_softirq_irqoff() no despierta a ksoftirqd, e irq_exit() se salta __do_softirq() porque in_interrupt() es verdadero. rx espera.</translation>
    </message>
    <message>
        <source>local_bh_enable()</source>
        <extracomment>lesson-13-local-bh.json: step 3 title</extracomment>
        <translation>local_bh_enable()</translation>
    </message>
    <message>
        <source>This is the LDD3 5.5 rule behind spin_lock_bh(): code that shares data with a tasklet disables bottom halves, and the tasklet runs as soon as the lock is released.</source>
        <extracomment>lesson-13-local-bh.json: step 3 text</extracomment>
        <translation>Esta es la regla de LDD3 5.5 que hay detrás de spin_lock_bh(): el código que comparte datos con una tasklet desactiva las mitades inferiores, y la tasklet se ejecuta en cuanto se libera el cerrojo.</translation>
    </message>
    <message>
        <source>netstat re-enables bottom halves. In which task&apos;s context does rx run?</source>
        <extracomment>lesson-13-local-bh.json: step 3 question</extracomment>
        <translation>netstat vuelve a activar las mitades inferiores. ¿En el contexto de qué tarea se ejecuta rx?</translation>
    </message>
    <message>
        <source>In netstat&apos;s (pid 1900): kernel/softirq.c: __local_bh_enable_ip() calls do_softirq() as soon as the count drops to 0 and something is pending, on the caller&apos;s stack. Not ksoftirqd, which was never woken.</source>
        <extracomment>lesson-13-local-bh.json: step 3 answer</extracomment>
        <translation>En el de netstat (pid 1900): kernel/softirq.c: __local_bh_enable_ip() llama a do_softirq() en cuanto el contador baja a 0 y hay algo pendiente, sobre la pila del llamante. No en ksoftirqd, al que nunca se despertó.</translation>
    </message>
    <message>
        <source>Why tasklets are deprecated: BH workqueues (6.9)</source>
        <extracomment>lesson-14-bh-workqueue.json: title</extracomment>
        <translation>Por qué las tasklets están obsoletas: colas de trabajo BH (6.9)</translation>
    </message>
    <message>
        <source>Since 5.9 include/linux/interrupt.h calls tasklets deprecated; 6.9 added BH workqueues as their replacement: work items that run in the same softirq, with workqueue semantics. A network interrupt schedules the legacy tasklet old_rx and queues the BH work item rx_work, in that order. Inside the TASKLET softirq the work item runs first.</source>
        <extracomment>lesson-14-bh-workqueue.json: description</extracomment>
        <translation>Desde 5.9, include/linux/interrupt.h declara obsoletas las tasklets; 6.9 añadió las colas de trabajo BH para sustituirlas: elementos de trabajo que se ejecutan en el mismo softirq, con la semántica de las colas de trabajo. Una interrupción de red planifica la tasklet heredada old_rx y encola el elemento de trabajo BH rx_work, en ese orden. Dentro del softirq TASKLET, el elemento de trabajo se ejecuta primero.</translation>
    </message>
    <message>
        <source>A tasklet and a BH work item</source>
        <extracomment>lesson-14-bh-workqueue.json: step 1 title</extracomment>
        <translation>Una tasklet y un elemento de trabajo BH</translation>
    </message>
    <message>
        <source>tasklet_schedule(old_rx) queues the tasklet; queue_work(system_bh_wq, rx_work) queues the work item on the CPU&apos;s BH worker pool and raises TASKLET (kernel/workqueue.c: kick_bh_pool()).</source>
        <extracomment>lesson-14-bh-workqueue.json: step 1 text</extracomment>
        <translation>tasklet_schedule(old_rx) encola la tasklet; queue_work(system_bh_wq, rx_work) encola el elemento de trabajo en el pool de workers BH de la CPU y levanta TASKLET (kernel/workqueue.c: kick_bh_pool()).</translation>
    </message>
    <message>
        <source>Who runs first?</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 title</extracomment>
        <translation>¿Quién se ejecuta primero?</translation>
    </message>
    <message>
        <source>Both run in softirq context on top of swapper/0, in irq_exit().</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 text</extracomment>
        <translation>Ambos se ejecutan en contexto de softirq encima de swapper/0, en irq_exit().</translation>
    </message>
    <message>
        <source>old_rx was scheduled before rx_work. Which runs first in the TASKLET softirq?</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 question</extracomment>
        <translation>old_rx se planificó antes que rx_work. ¿Cuál se ejecuta primero en el softirq TASKLET?</translation>
    </message>
    <message>
        <source>rx_work. kernel/softirq.c: tasklet_action() first calls workqueue_softirq_action(false) and only then walks tasklet_vec; tasklet_hi_action() does the same with the highpri pool.</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 answer</extracomment>
        <translation>rx_work. kernel/softirq.c: tasklet_action() llama primero a workqueue_softirq_action(false) y solo después recorre tasklet_vec; tasklet_hi_action() hace lo mismo con el pool highpri.</translation>
    </message>
    <message>
        <source>What changes</source>
        <extracomment>lesson-14-bh-workqueue.json: step 3 title</extracomment>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <source>BH work items keep the softirq context of tasklets but get workqueue rules: queue_work() on a pending item is a no-op like a second tasklet_schedule(), flush and cancel (cancel_work_sync()) replace the fragile tasklet_kill(), and there is no tasklet_disable() that spins or sleeps. New code should use them, or threaded interrupts.</source>
        <extracomment>lesson-14-bh-workqueue.json: step 3 text</extracomment>
        <translation>Los elementos de trabajo BH conservan el contexto de softirq de las tasklets, pero siguen las reglas de las colas de trabajo: queue_work() sobre un elemento pendiente no tiene efecto, como un segundo tasklet_schedule(); flush y cancel (cancel_work_sync()) sustituyen al frágil tasklet_kill(), y no existe un tasklet_disable() que espere girando o durmiendo. El código nuevo debería usarlos, o bien interrupciones con hilo (threaded interrupts).</translation>
    </message>
    <message>
        <source>tasklet_kill() from interrupt context</source>
        <extracomment>lesson-15-kill-from-irq.json: title</extracomment>
        <translation>tasklet_kill() desde contexto de interrupción</translation>
    </message>
    <message>
        <source>A driver calls tasklet_kill(rx) from a hard interrupt handler. rx is idle, so the call does not have to wait, but the kernel still complains: tasklet_kill() may sleep and belongs in process context. The tasklet is unaffected and runs when scheduled later.</source>
        <extracomment>lesson-15-kill-from-irq.json: description</extracomment>
        <translation>Un controlador llama a tasklet_kill(rx) desde un manejador de interrupción hardware. rx está inactiva, así que la llamada no tiene que esperar, pero el núcleo se queja igualmente: tasklet_kill() puede dormir y debe usarse en contexto de proceso. La tasklet no se ve afectada y se ejecuta cuando se planifica más tarde.</translation>
    </message>
    <message>
        <source>Kill from a hard IRQ</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 title</extracomment>
        <translation>Kill desde una IRQ hardware</translation>
    </message>
    <message>
        <source>Had rx been queued or running, the kill would have had to sleep in atomic context: &apos;BUG: scheduling while atomic&apos;.</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 text</extracomment>
        <translation>Si rx hubiera estado encolada o en ejecución, kill habría tenido que dormir en contexto atómico: «BUG: scheduling while atomic».</translation>
    </message>
    <message>
        <source>rx is neither queued nor running. What does tasklet_kill() do in a hard-IRQ handler?</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 question</extracomment>
        <translation>rx no está encolada ni en ejecución. ¿Qué hace tasklet_kill() en un manejador de IRQ hardware?</translation>
    </message>
    <message>
        <source>It prints &apos;Attempt to kill tasklet from interrupt&apos; (kernel/softirq.c: tasklet_kill(), a pr_notice() in 6.1, printk() in 2.6) because in_interrupt() is true, then carries on: SCHED was clear, so it returns at once.</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 answer</extracomment>
        <translation>Imprime «Attempt to kill tasklet from interrupt» (kernel/softirq.c: tasklet_kill(), un pr_notice() en 6.1 y un printk() en 2.6) porque in_interrupt() es verdadero, y luego continúa: SCHED estaba a cero, así que vuelve en el acto.</translation>
    </message>
    <message>
        <source>Still usable</source>
        <extracomment>lesson-15-kill-from-irq.json: step 2 title</extracomment>
        <translation>Sigue siendo utilizable</translation>
    </message>
    <message>
        <source>tasklet_kill() left SCHED clear: the next tasklet_schedule() queues rx and irq_exit() runs it.</source>
        <extracomment>lesson-15-kill-from-irq.json: step 2 text</extracomment>
        <translation>tasklet_kill() dejó SCHED a cero: el siguiente tasklet_schedule() encola rx e irq_exit() la ejecuta.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TaskletLab: a deterministic simulator of Linux tasklets and softirqs.</source>
        <translation>TaskletLab: un simulador determinista de tasklets y softirqs de Linux.</translation>
    </message>
    <message>
        <source>Scenario file to open (default: the LDD3 busy CPU lesson).</source>
        <translation>Archivo de escenario que abrir (por defecto: la lección LDD3 «CPU ocupada»).</translation>
    </message>
    <message>
        <source>Kernel profile to simulate.</source>
        <translation>Perfil de núcleo que simular.</translation>
    </message>
    <message>
        <source>Simulate up to this time before showing the window.</source>
        <translation>Simular hasta este instante antes de mostrar la ventana.</translation>
    </message>
    <message>
        <source>Render the main window to this PNG file and exit.</source>
        <translation>Dibujar la ventana principal en este archivo PNG y salir.</translation>
    </message>
    <message>
        <source>User interface language (de, es, fr, zh_CN).</source>
        <translation>Idioma de la interfaz (de, es, fr, zh_CN).</translation>
    </message>
    <message>
        <source>at most one scenario file may be given</source>
        <translation>como máximo se admite un archivo de escenario</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos; (try taskletlab-cli profiles)</source>
        <translation>perfil desconocido «%1» (véase taskletlab-cli profiles)</translation>
    </message>
    <message>
        <source>--run-until: %1</source>
        <translation>--run-until: %1</translation>
    </message>
    <message>
        <source>Start in presenter mode (full screen, large high-contrast text).</source>
        <translation>Iniciar en modo presentación (pantalla completa, texto grande de alto contraste).</translation>
    </message>
    <message>
        <source>Also open the profile comparison, e.g. ldd3-book,linux-2.6.10,linux-6.1.</source>
        <translation>Abrir también la comparación de perfiles, p. ej. ldd3-book,linux-2.6.10,linux-6.1.</translation>
    </message>
    <message>
        <source>--compare takes two or three profiles</source>
        <translation>--compare requiere dos o tres perfiles</translation>
    </message>
</context>
<context>
    <name>tlui::CompareWindow</name>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>Compare Profiles — %1</source>
        <translation>Comparar perfiles — %1</translation>
    </message>
    <message>
        <source>/proc Reads</source>
        <translation>Lecturas de /proc</translation>
    </message>
    <message>
        <source>Tasklet Runs</source>
        <translation>Ejecuciones de tasklets</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Perfiles:</translation>
    </message>
    <message>
        <source>vs</source>
        <translation>frente a</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Run the scenario under each chosen profile and compare the runs</source>
        <translation>Ejecutar el escenario con cada perfil elegido y comparar las ejecuciones</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Show the whole of the longest run in every timeline</source>
        <translation>Mostrar completa la ejecución más larga en cada línea de tiempo</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Copiar como texto</translation>
    </message>
    <message>
        <source>Copy the comparison as plain text (differing lines marked with *)</source>
        <translation>Copiar la comparación como texto sin formato (las líneas distintas se marcan con *)</translation>
    </message>
    <message>
        <source>Choose at least two profiles to compare.</source>
        <translation>Elija al menos dos perfiles para comparar.</translation>
    </message>
    <message>
        <source>At most %1 profiles can be compared at once.</source>
        <translation>Se pueden comparar como máximo %1 perfiles a la vez.</translation>
    </message>
    <message>
        <source>There is no kernel profile named “%1”.</source>
        <translation>No existe ningún perfil de núcleo llamado «%1».</translation>
    </message>
    <message>
        <source>%1 is chosen more than once: comparing a profile with itself shows no difference. Choose different profiles.</source>
        <translation>%1 está elegido más de una vez: comparar un perfil consigo mismo no muestra ninguna diferencia. Elija perfiles distintos.</translation>
    </message>
    <message>
        <source>The results below are still those of %1.</source>
        <translation>Los resultados de abajo siguen siendo los de %1.</translation>
    </message>
    <message>
        <source>The run under %1 reached the limit of %2 events at %3: every profile is compared over that first part of the scenario only.</source>
        <translation>La ejecución con %1 alcanzó el límite de %2 eventos en %3: todos los perfiles se comparan solo en esa primera parte del escenario.</translation>
    </message>
    <message>
        <source>%1 cannot run this scenario: %2.</source>
        <translation>%1 no puede ejecutar este escenario: %2.</translation>
    </message>
    <message>
        <source>The comparison failed: %1.</source>
        <translation>La comparación ha fallado: %1.</translation>
    </message>
    <message>
        <source>Only %1 could run this scenario: there is nothing to compare it with.</source>
        <translation>Solo %1 pudo ejecutar este escenario: no hay nada con qué compararlo.</translation>
    </message>
    <message>
        <source>%1 — cannot run this scenario</source>
        <translation>%1 — no puede ejecutar este escenario</translation>
    </message>
    <message>
        <source>%1 — HZ %2 · events: %3 · tasklet runs: %4 · until %5</source>
        <translation>%1 — HZ %2 · eventos: %3 · ejecuciones de tasklets: %4 · hasta %5</translation>
    </message>
    <message>
        <source>kernel panic: the machine stopped</source>
        <translation>pánico del núcleo: la máquina se detuvo</translation>
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
        <translation>mensaje del núcleo</translation>
    </message>
    <message>
        <source>/proc read</source>
        <translation>lectura de /proc</translation>
    </message>
    <message>
        <source>≠ and a coloured background: the line differs between the profiles; bold: the cell differs from %1.</source>
        <translation>≠ y fondo de color: la línea difiere entre los perfiles; negrita: la celda difiere de %1.</translation>
    </message>
    <message>
        <source>/proc Reads (%1 differing)</source>
        <translation>Lecturas de /proc (%1 distintas)</translation>
    </message>
    <message>
        <source>Tasklet Runs (%1 differing)</source>
        <translation>Ejecuciones de tasklets (%1 distintas)</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lectura %1</translation>
    </message>
    <message>
        <source>read %1: /proc/%2 by %3 on CPU%4</source>
        <translation>lectura %1: /proc/%2 por %3 en CPU%4</translation>
    </message>
    <message>
        <source>This line differs between the profiles</source>
        <translation>Esta línea difiere entre los perfiles</translation>
    </message>
    <message>
        <source>(no such line)</source>
        <translation>(no existe esa línea)</translation>
    </message>
    <message>
        <source>Nothing to compare.</source>
        <translation>No hay nada que comparar.</translation>
    </message>
    <message>
        <source>The scenario reads no /proc file.</source>
        <translation>El escenario no lee ningún archivo de /proc.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>ejecución</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>tasklet %1 — runs: %2</source>
        <translation>tasklet %1 — ejecuciones: %2</translation>
    </message>
    <message>
        <source>This run differs between the profiles (time, CPU or context)</source>
        <translation>Esta ejecución difiere entre los perfiles (tiempo, CPU o contexto)</translation>
    </message>
    <message>
        <source>%1 · CPU%2 · %3 (pid %4)</source>
        <translation>%1 · CPU%2 · %3 (pid %4)</translation>
    </message>
    <message>
        <source>jiffies %1, %2 context</source>
        <translation>jiffies %1, contexto %2</translation>
    </message>
    <message>
        <source>(no such run)</source>
        <translation>(no existe esa ejecución)</translation>
    </message>
    <message>
        <source>Runs not shown (the table stops at %1): %2</source>
        <translation>Ejecuciones no mostradas (la tabla se detiene en %1): %2</translation>
    </message>
    <message>
        <source>No tasklet ran in any profile.</source>
        <translation>Ninguna tasklet se ejecutó en ningún perfil.</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>estadística</translation>
    </message>
    <message>
        <source>HZ</source>
        <translation>HZ</translation>
    </message>
    <message>
        <source>simulated until</source>
        <translation>simulado hasta</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <source>tasklet runs</source>
        <translation>ejecuciones de tasklets</translation>
    </message>
    <message>
        <source>tasklet runs in %1</source>
        <translation>ejecuciones de tasklets en %1</translation>
    </message>
    <message>
        <source>first run of %1 after scheduling</source>
        <translation>primera ejecución de %1 tras la planificación</translation>
    </message>
    <message>
        <source>never ran</source>
        <translation>nunca se ejecutó</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>no planificada</translation>
    </message>
    <message>
        <source>kernel messages</source>
        <translation>mensajes del núcleo</translation>
    </message>
    <message>
        <source>panicked</source>
        <translation>pánico del núcleo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No chosen profile could run this scenario.</source>
        <translation>Ninguno de los perfiles elegidos pudo ejecutar este escenario.</translation>
    </message>
    <message>
        <source>/proc lines that differ: %1 of %2</source>
        <translation>líneas de /proc distintas: %1 de %2</translation>
    </message>
    <message>
        <source>tasklet runs that differ: %1 of %2</source>
        <translation>ejecuciones de tasklets distintas: %1 de %2</translation>
    </message>
    <message>
        <source>%1 alone.</source>
        <translation>Solo %1.</translation>
    </message>
    <message>
        <source>%1: no /proc read and no tasklet run to compare.</source>
        <translation>%1: ninguna lectura de /proc ni ejecución de tasklet que comparar.</translation>
    </message>
    <message>
        <source>%1: the same /proc output and the same tasklet runs.</source>
        <translation>%1: la misma salida de /proc y las mismas ejecuciones de tasklets.</translation>
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
        <translation>sin ejecuciones</translation>
    </message>
    <message>
        <source>Tasklet runs by context — %1.</source>
        <translation>Ejecuciones de tasklets por contexto — %1.</translation>
    </message>
</context>
<context>
    <name>tlui::InspectorPanel</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>process context</source>
        <translation>contexto de proceso</translation>
    </message>
    <message>
        <source>hard IRQ %1</source>
        <translation>IRQ hardware %1</translation>
    </message>
    <message>
        <source>softirq</source>
        <translation>softirq</translation>
    </message>
    <message>
        <source>, vector %1</source>
        <translation>, vector %1</translation>
    </message>
    <message>
        <source>, tasklet %1</source>
        <translation>, tasklet %1</translation>
    </message>
    <message>
        <source>%1 — %2 (pid %3)</source>
        <translation>%1 — %2 (pid %3)</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexto</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>  fields</source>
        <translation>  campos</translation>
    </message>
    <message>
        <source>preempt %1, softirq %2, hardirq %3, nmi %4</source>
        <translation>preempt %1, softirq %2, hardirq %3, nmi %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>pending softirqs</source>
        <translation>softirqs pendientes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>ksoftirqd/%1</source>
        <translation>ksoftirqd/%1</translation>
    </message>
    <message>
        <source>runqueue (pids)</source>
        <translation>cola de ejecución (pids)</translation>
    </message>
</context>
<context>
    <name>tlui::IrqPanel</name>
    <message>
        <source>Hard IRQs</source>
        <translation>IRQ hardware</translation>
    </message>
    <message>
        <source>Fire now</source>
        <translation>Disparar ahora</translation>
    </message>
    <message>
        <source>on</source>
        <translation>en</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>Añadir fuente…</translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation>Editar fuente…</translation>
    </message>
    <message>
        <source>Change the selected source (restarts the simulation)</source>
        <translation>Cambiar la fuente elegida (reinicia la simulación)</translation>
    </message>
    <message>
        <source>Tasks (load)</source>
        <translation>Tareas (carga)</translation>
    </message>
    <message>
        <source>pid</source>
        <translation>pid</translation>
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
        <translation>estado</translation>
    </message>
    <message>
        <source>waiting for</source>
        <translation>espera</translation>
    </message>
    <message>
        <source>Wake (busy)</source>
        <translation>Despertar (ocupada)</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Dormir</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>No hay ningún escenario cargado.</translation>
    </message>
    <message>
        <source>IRQ source</source>
        <translation>Fuente de IRQ</translation>
    </message>
    <message>
        <source> us</source>
        <translation> µs</translation>
    </message>
    <message>
        <source>tasklets, comma-separated</source>
        <translation>tasklets, separadas por comas</translation>
    </message>
    <message>
        <source>tasklet_hi_schedule</source>
        <translation>tasklet_hi_schedule</translation>
    </message>
    <message>
        <source>not periodic</source>
        <translation>no periódica</translation>
    </message>
    <message>
        <source>end of run</source>
        <translation>fin de la ejecución</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>IRQ number</source>
        <translation>Número de IRQ</translation>
    </message>
    <message>
        <source>Handler runs</source>
        <translation>Duración del manejador</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Planifica</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Random rate (Poisson)</source>
        <translation>Tasa aleatoria (Poisson)</translation>
    </message>
    <message>
        <source>Add IRQ source</source>
        <translation>Añadir fuente de IRQ</translation>
    </message>
    <message>
        <source>Edit IRQ source</source>
        <translation>Editar fuente de IRQ</translation>
    </message>
</context>
<context>
    <name>tlui::JitaskletTableModel</name>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>%1 on CPU%2 by %3 (pid %4), %5</source>
        <translation>%1 en CPU%2 por %3 (pid %4), %5</translation>
    </message>
</context>
<context>
    <name>tlui::KernelCodePanel</name>
    <message>
        <source>Read another function of this kernel. Browsing stops following the simulation until you click Follow or step.</source>
        <translation>Leer otra función de este núcleo. Al explorar se deja de seguir la simulación hasta que pulse Seguir o avance un paso.</translation>
    </message>
    <message>
        <source>Kernel function listing</source>
        <translation>Listado de funciones del núcleo</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Show the line of kernel code that produced the latest event, at every step</source>
        <translation>Mostrar en cada paso la línea de código del núcleo que produjo el último evento</translation>
    </message>
    <message>
        <source>Kernel code</source>
        <translation>Código del núcleo</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>perfil %1</translation>
    </message>
    <message>
        <source>No simulation is loaded.</source>
        <translation>No hay ninguna simulación cargada.</translation>
    </message>
    <message>
        <source>No event yet. Step the simulation: the kernel code that produced each event shows here, its line highlighted.</source>
        <translation>Aún no hay eventos. Avance la simulación paso a paso: aquí se muestra el código del núcleo que produjo cada evento, con su línea resaltada.</translation>
    </message>
    <message>
        <source>The latest event has no kernel code listing.</source>
        <translation>El último evento no tiene listado de código del núcleo.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Our pseudo-code of %1 in %2, not kernel source</source>
        <translation>Nuestro pseudocódigo de %1 en %2, no el código fuente del núcleo</translation>
    </message>
    <message>
        <source>Event %1 at %2 on CPU%3, %4 context: %5</source>
        <translation>Evento %1 en %2, CPU%3, contexto %4: %5</translation>
    </message>
    <message>
        <source>Event %1 at %2 on CPU%3, %4 context: %5 — no kernel code of its own, the highlight stays on the previous line</source>
        <translation>Evento %1 en %2, CPU%3, contexto %4: %5 — sin código del núcleo propio; el resaltado se queda en la línea anterior</translation>
    </message>
    <message>
        <source>Every event of the last step, with the kernel line that produced it: choose one to see its line</source>
        <translation>Todos los eventos del último paso, con la línea del núcleo que los produjo: elija uno para ver su línea</translation>
    </message>
</context>
<context>
    <name>tlui::KernelLogPanel</name>
    <message>
        <source>$ dmesg (no kernel messages yet)</source>
        <translation>$ dmesg (aún no hay mensajes del núcleo)</translation>
    </message>
    <message>
        <source>The simulated machine stopped on a fatal kernel error.</source>
        <translation>La máquina simulada se detuvo por un error fatal del núcleo.</translation>
    </message>
</context>
<context>
    <name>tlui::Language</name>
    <message>
        <source>System Language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>tlui::LessonLibraryDialog</name>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Kernel profile: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Perfil de núcleo: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n narrated step(s)</source>
        <translation>
            <numerusform>%n paso narrado</numerusform>
            <numerusform>%n pasos narrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Predict question(s)</source>
        <translation>
            <numerusform>%n pregunta de predicción</numerusform>
            <numerusform>%n preguntas de predicción</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tlui::LessonPanel</name>
    <message>
        <source>This scenario has no narrated steps.</source>
        <translation>Este escenario no tiene pasos narrados.</translation>
    </message>
    <message>
        <source>Predict:</source>
        <translation>Predicción:</translation>
    </message>
    <message>
        <source>Double-click a step to go there (back or forward)</source>
        <translation>Haga doble clic en un paso para ir a él (hacia atrás o hacia adelante)</translation>
    </message>
    <message>
        <source>◀ Previous Step</source>
        <translation>◀ Paso anterior</translation>
    </message>
    <message>
        <source>Go back to the previous lesson step (Shift+L)</source>
        <translation>Volver al paso anterior de la lección (Mayús+L)</translation>
    </message>
    <message>
        <source>Next Step ▶</source>
        <translation>Paso siguiente ▶</translation>
    </message>
    <message>
        <source>Run to the next lesson step (L)</source>
        <translation>Ejecutar hasta el siguiente paso de la lección (L)</translation>
    </message>
    <message>
        <source>Reveal Answer</source>
        <translation>Mostrar respuesta</translation>
    </message>
    <message>
        <source>Add Step Here…</source>
        <translation>Añadir paso aquí…</translation>
    </message>
    <message>
        <source>Add a narrated step at the current simulated time (kept by Save Scenario As)</source>
        <translation>Añadir un paso narrado en el instante simulado actual (se conserva con Guardar escenario como)</translation>
    </message>
    <message>
        <source>Pause at each step</source>
        <translation>Pausar en cada paso</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Press Space to play, or &quot;Next Step&quot;.</source>
        <translation>Pulse Espacio para reproducir, o «Paso siguiente».</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Discuss, then play on (or Reveal Answer) to see what the kernel does.</source>
        <translation>Coméntelo y después siga reproduciendo (o pulse «Mostrar respuesta») para ver qué hace el núcleo.</translation>
    </message>
    <message>
        <source>Add Lesson Step</source>
        <translation>Añadir paso de lección</translation>
    </message>
</context>
<context>
    <name>tlui::MachineDialog</name>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>profile default</source>
        <translation>valor del perfil</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Kernel profile</source>
        <translation>Perfil de núcleo</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>HZ</source>
        <translation>HZ</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Applying restarts the simulation from time 0.</source>
        <translation>Aplicar reinicia la simulación en el instante 0.</translation>
    </message>
    <message>
        <source>%1 (default HZ %2, ksoftirqd nice %3)</source>
        <translation>%1 (HZ por defecto %2, ksoftirqd nice %3)</translation>
    </message>
</context>
<context>
    <name>tlui::MainWindow</name>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>The run has reached its end.</source>
        <translation>La ejecución ha llegado a su fin.</translation>
    </message>
    <message>
        <source>&amp;Open Scenario…</source>
        <translation>&amp;Abrir escenario…</translation>
    </message>
    <message>
        <source>&amp;Save Scenario</source>
        <translation>&amp;Guardar escenario</translation>
    </message>
    <message>
        <source>Save Scenario &amp;As…</source>
        <translation>Guardar escenario &amp;como…</translation>
    </message>
    <message>
        <source>Export Trace CSV…</source>
        <translation>Exportar la traza a CSV…</translation>
    </message>
    <message>
        <source>Export /proc Reads CSV…</source>
        <translation>Exportar las lecturas de /proc a CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Run / pause the simulation (Space)</source>
        <translation>Ejecutar / pausar la simulación (Espacio)</translation>
    </message>
    <message>
        <source>Step Event</source>
        <translation>Un evento</translation>
    </message>
    <message>
        <source>Step to Next Tick</source>
        <translation>Hasta el siguiente tick</translation>
    </message>
    <message>
        <source>Run Until…</source>
        <translation>Ejecutar hasta…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Run to Next Tasklet Run</source>
        <translation>Hasta la siguiente ejecución de tasklet</translation>
    </message>
    <message>
        <source>Run to Next Lesson Step</source>
        <translation>Hasta el siguiente paso de la lección</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Machine…</source>
        <translation>&amp;Máquina…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Follow Live</source>
        <translation>Seguir en vivo</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;About TaskletLab</source>
        <translation>&amp;Acerca de TaskletLab</translation>
    </message>
    <message>
        <source>Tasklets</source>
        <translation>Tasklets</translation>
    </message>
    <message>
        <source>Kernel State</source>
        <translation>Estado del núcleo</translation>
    </message>
    <message>
        <source>IRQs and Load</source>
        <translation>IRQ y carga</translation>
    </message>
    <message>
        <source>/proc</source>
        <translation>/proc</translation>
    </message>
    <message>
        <source>Kernel Log</source>
        <translation>Registro del núcleo</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Lesson</source>
        <translation>Abrir &amp;lección</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Speed </source>
        <translation>Velocidad </translation>
    </message>
    <message>
        <source>From slow motion (1 us of simulated time per second) over real time to as fast as possible</source>
        <translation>Desde cámara lenta (1 µs de tiempo simulado por segundo) pasando por tiempo real hasta lo más rápido posible</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <source>Profile ldd3-book: the pre-2.6.2 &quot;mask&quot; restart rule, the only one that reproduces the book&apos;s sample.</source>
        <translation>Perfil ldd3-book: la regla de reinicio «mask» anterior a 2.6.2, la única que reproduce el ejemplo del libro.</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>No hay ningún escenario cargado.</translation>
    </message>
    <message>
        <source>Unsaved session</source>
        <translation>Sesión sin guardar</translation>
    </message>
    <message>
        <source>The simulation has actions that are not saved. Save the scenario (with your actions) first?</source>
        <translation>La simulación tiene acciones sin guardar. ¿Guardar primero el escenario (con sus acciones)?</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>Guardar escenario</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>Guardar escenario como</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Archivos de escenario (*.json)</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Archivos de escenario (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Trace CSV</source>
        <translation>Exportar la traza a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export /proc Reads CSV</source>
        <translation>Exportar las lecturas de /proc a CSV</translation>
    </message>
    <message>
        <source>Run Until</source>
        <translation>Ejecutar hasta</translation>
    </message>
    <message>
        <source>Simulated time (e.g. 5ms, 250us, 3j):</source>
        <translation>Tiempo simulado (p. ej. 5ms, 250us, 3j):</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>perfil %1</translation>
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
        <translation>%1 eventos</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>%1[*] — TaskletLab</source>
        <translation>%1[*] — TaskletLab</translation>
    </message>
    <message>
        <source>About TaskletLab</source>
        <translation>Acerca de TaskletLab</translation>
    </message>
    <message>
        <source>&lt;b&gt;TaskletLab&lt;/b&gt;&lt;br&gt;A deterministic simulator of Linux tasklets and softirqs for teaching LDD3 chapter 7.5.&lt;br&gt;The engine owns the simulated kernel; this window shows it and records every action you make so that the session can be saved and replayed.</source>
        <translation>&lt;b&gt;TaskletLab&lt;/b&gt;&lt;br&gt;Un simulador determinista de tasklets y softirqs de Linux para enseñar el capítulo 7.5 de LDD3.&lt;br&gt;El motor posee el núcleo simulado; esta ventana lo muestra y registra cada acción suya para que la sesión pueda guardarse y reproducirse.</translation>
    </message>
    <message>
        <source>Paused at lesson step %1.</source>
        <translation>En pausa en el paso %1 de la lección.</translation>
    </message>
    <message>
        <source>Previous Lesson Step</source>
        <translation>Paso anterior de la lección</translation>
    </message>
    <message>
        <source>◀ Lesson Step</source>
        <translation>◀ Paso de lección</translation>
    </message>
    <message>
        <source>Back to Previous Tasklet Run</source>
        <translation>Volver a la ejecución de tasklet anterior</translation>
    </message>
    <message>
        <source>◀ Tasklet Run</source>
        <translation>◀ Tasklet</translation>
    </message>
    <message>
        <source>Back to Previous Tick</source>
        <translation>Volver al tick anterior</translation>
    </message>
    <message>
        <source>◀ Tick</source>
        <translation>◀ Tick</translation>
    </message>
    <message>
        <source>Step Back</source>
        <translation>Retroceder un evento</translation>
    </message>
    <message>
        <source>◀ Event</source>
        <translation>◀ Evento</translation>
    </message>
    <message>
        <source>Add Lesson Step Here…</source>
        <translation>Añadir paso de lección aquí…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Compare Profiles…</source>
        <translation>Comparar perfiles…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Presenter Mode</source>
        <translation>Modo presentación</translation>
    </message>
    <message>
        <source>Full screen, large high-contrast text, the essential panels, slow motion (F11)</source>
        <translation>Pantalla completa, texto grande de alto contraste, los paneles esenciales, cámara lenta (F11)</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Ctrl+Shift++</source>
        <translation>Ctrl+Shift++</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Ctrl+Shift+-</source>
        <translation>Ctrl+Shift+-</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>&amp;Lecciones…</translation>
    </message>
    <message>
        <source>Kernel Code</source>
        <translation>Código del núcleo</translation>
    </message>
    <message>
        <source>Event ▶</source>
        <translation>Evento ▶</translation>
    </message>
    <message>
        <source>Tick ▶</source>
        <translation>Tick ▶</translation>
    </message>
    <message>
        <source>Tasklet Run ▶</source>
        <translation>Tasklet ▶</translation>
    </message>
    <message>
        <source>Lesson Step ▶</source>
        <translation>Paso de lección ▶</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Position </source>
        <translation>Posición </translation>
    </message>
    <message>
        <source>Drag to any point of the run: back by deterministic replay, forward by running</source>
        <translation>Arrastre a cualquier punto de la ejecución: hacia atrás mediante reproducción determinista, hacia adelante ejecutando</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Presenter mode: F11 to leave, Ctrl+Shift++ / Ctrl+Shift+- for the text size.</source>
        <translation>Modo presentación: F11 para salir, Ctrl+Mayús++ / Ctrl+Mayús+- para el tamaño del texto.</translation>
    </message>
</context>
<context>
    <name>tlui::ProcPanel</name>
    <message>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>cat the file now on the chosen CPU (the reader is a new task &quot;cat&quot;)</source>
        <translation>Leer el archivo ahora con cat en la CPU elegida (el lector es una nueva tarea «cat»)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>en</translation>
    </message>
    <message>
        <source>$ cat /proc/jitasklet</source>
        <translation>$ cat /proc/jitasklet</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copiar como texto</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Guardar como CSV…</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>No hay ningún escenario cargado.</translation>
    </message>
    <message>
        <source>Save /proc reads as CSV</source>
        <translation>Guardar las lecturas de /proc como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Guardar como CSV</translation>
    </message>
</context>
<context>
    <name>tlui::SimulationController</name>
    <message>
        <source>No scenario is loaded.</source>
        <translation>No hay ningún escenario cargado.</translation>
    </message>
    <message>
        <source>The run has reached its end. Reset to start again.</source>
        <translation>La ejecución ha terminado. Reinicie para empezar de nuevo.</translation>
    </message>
    <message>
        <source>There is no further lesson step.</source>
        <translation>No hay más pasos en la lección.</translation>
    </message>
    <message>
        <source>No tasklet ran before the end of the run.</source>
        <translation>Ninguna tasklet se ejecutó antes del final.</translation>
    </message>
    <message>
        <source>Cannot go back: %1. Use Reset instead.</source>
        <translation>No se puede retroceder: %1. Use Reiniciar en su lugar.</translation>
    </message>
    <message>
        <source>Already at the start of the run.</source>
        <translation>Ya está al principio de la ejecución.</translation>
    </message>
    <message>
        <source>No tasklet ran before this point.</source>
        <translation>Ninguna tasklet se ejecutó antes de este punto.</translation>
    </message>
</context>
<context>
    <name>tlui::Speed</name>
    <message>
        <source>max</source>
        <translation>máx.</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>tiempo real</translation>
    </message>
    <message>
        <source>%1 per s</source>
        <translation>%1 por s</translation>
    </message>
</context>
<context>
    <name>tlui::State</name>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>runnable</source>
        <translation>ejecutable</translation>
    </message>
    <message>
        <source>sleeping (S)</source>
        <translation>durmiendo (S)</translation>
    </message>
    <message>
        <source>sleeping (D)</source>
        <translation>durmiendo (D)</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>terminada</translation>
    </message>
</context>
<context>
    <name>tlui::StepDialog</name>
    <message>
        <source>Add Lesson Step</source>
        <translation>Añadir paso de lección</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Instante:</translation>
    </message>
    <message>
        <source>e.g. The tasklet runs in ksoftirqd</source>
        <translation>p. ej. La tasklet se ejecuta en ksoftirqd</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>What happens here, which kernel rule acts and where it lives (book section, kernel function).</source>
        <translation>Qué ocurre aquí, qué regla del núcleo actúa y dónde se encuentra (sección del libro, función del núcleo).</translation>
    </message>
    <message>
        <source>&amp;Narration:</source>
        <translation>&amp;Narración:</translation>
    </message>
    <message>
        <source>Optional: a question for the class before the step plays</source>
        <translation>Opcional: una pregunta para la clase antes de reproducir el paso</translation>
    </message>
    <message>
        <source>&amp;Predict:</source>
        <translation>&amp;Predicción:</translation>
    </message>
    <message>
        <source>Revealed once the step has been played</source>
        <translation>Se muestra una vez reproducido el paso</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>Give the step a title or a narration.</source>
        <translation>Dé al paso un título o una narración.</translation>
    </message>
    <message>
        <source>An answer needs a question.</source>
        <translation>Una respuesta necesita una pregunta.</translation>
    </message>
</context>
<context>
    <name>tlui::TaskletPanel</name>
    <message>
        <source>Call on CPU</source>
        <translation>Llamada en CPU</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>process context</source>
        <translation>contexto de proceso</translation>
    </message>
    <message>
        <source>hard IRQ</source>
        <translation>IRQ hardware</translation>
    </message>
    <message>
        <source>Call %1() on the selected tasklet now, on the chosen CPU</source>
        <translation>Llamar ahora a %1() sobre la tasklet elegida, en la CPU elegida</translation>
    </message>
    <message>
        <source>New tasklet…</source>
        <translation>Nueva tasklet…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove the selected tasklet (restarts the simulation without it)</source>
        <translation>Eliminar la tasklet elegida (reinicia la simulación sin ella)</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>Select a tasklet first.</source>
        <translation>Elija primero una tasklet.</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>No hay ningún escenario cargado.</translation>
    </message>
    <message>
        <source>There is no tasklet %1 in the scenario.</source>
        <translation>El escenario no contiene la tasklet %1.</translation>
    </message>
    <message>
        <source>New tasklet</source>
        <translation>Nueva tasklet</translation>
    </message>
    <message>
        <source> us</source>
        <translation> µs</translation>
    </message>
    <message>
        <source>DECLARE_TASKLET_DISABLED (count starts at 1)</source>
        <translation>DECLARE_TASKLET_DISABLED (count empieza en 1)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source>How many times the callback schedules itself again (-1: always)</source>
        <translation>Cuántas veces se vuelve a planificar el callback (-1: siempre)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Work per run</source>
        <translation>Trabajo por ejecución</translation>
    </message>
    <message>
        <source>Reschedules itself</source>
        <translation>Se replanifica</translation>
    </message>
    <message>
        <source>Remove tasklet</source>
        <translation>Eliminar tasklet</translation>
    </message>
    <message>
        <source>Remove tasklet %1? The simulation restarts from time 0 without it.</source>
        <translation>¿Eliminar la tasklet %1? La simulación se reinicia en el instante 0 sin ella.</translation>
    </message>
</context>
<context>
    <name>tlui::TaskletTableModel</name>
    <message>
        <source> (jit module)</source>
        <translation> (módulo jit)</translation>
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
        <translation>TASKLET_STATE_SCHED: en la lista de una CPU y aún no iniciada</translation>
    </message>
    <message>
        <source>TASKLET_STATE_RUN: the callback is executing (SMP only)</source>
        <translation>TASKLET_STATE_RUN: el callback se está ejecutando (solo SMP)</translation>
    </message>
    <message>
        <source>Disable count: the tasklet runs only when it is 0</source>
        <translation>Contador de desactivación: la tasklet solo se ejecuta si vale 0</translation>
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
        <translation>En cola en</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Running on</source>
        <translation>Ejecutándose en</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
</context>
<context>
    <name>tlui::Timeline</name>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>ksoftirqd</source>
        <translation>ksoftirqd</translation>
    </message>
    <message>
        <source>softirq processing</source>
        <translation>procesamiento de softirqs</translation>
    </message>
    <message>
        <source>hard IRQ</source>
        <translation>IRQ hardware</translation>
    </message>
    <message>
        <source>softirq vector</source>
        <translation>vector de softirq</translation>
    </message>
    <message>
        <source>tasklet</source>
        <translation>tasklet</translation>
    </message>
</context>
<context>
    <name>tlui::TimelineModel</name>
    <message>
        <source>time: %1 (jiffies %2)</source>
        <translation>tiempo: %1 (jiffies %2)</translation>
    </message>
    <message>
        <source>CPU%1, context %2</source>
        <translation>CPU%1, contexto %2</translation>
    </message>
    <message>
        <source>current: %1 (pid %2)</source>
        <translation>current: %1 (pid %2)</translation>
    </message>
    <message>
        <source>tasklet state: %1</source>
        <translation>estado de la tasklet: %1</translation>
    </message>
    <message>
        <source>vector %1</source>
        <translation>vector %1</translation>
    </message>
    <message>
        <source>CPU%1, from %2 to %3</source>
        <translation>CPU%1, de %2 a %3</translation>
    </message>
    <message>
        <source>duration %1, jiffies %2</source>
        <translation>duración %1, jiffies %2</translation>
    </message>
    <message>
        <source>in task %1</source>
        <translation>en la tarea %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>queued by this call</source>
        <translation>encolada por esta llamada</translation>
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
        <translation>mensaje del núcleo</translation>
    </message>
    <message>
        <source>/proc read</source>
        <translation>lectura de /proc</translation>
    </message>
    <message>
        <source>simulated time</source>
        <translation>tiempo simulado</translation>
    </message>
    <message>
        <source>jiffies (ticks)</source>
        <translation>jiffies (ticks)</translation>
    </message>
    <message>
        <source>CPU lanes</source>
        <translation>Carriles de CPU</translation>
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
        <translation>Rueda o +/-: zoom · arrastrar o flechas: desplazar · Mayús+arrastrar: zoom al área · Inicio: todo · F: seguir en vivo · A/B: marcas en el ratón · clic: seleccionar</translation>
    </message>
    <message>
        <source>→ runs at %1 on CPU%2</source>
        <translation>→ se ejecuta en %1 en CPU%2</translation>
    </message>
    <message>
        <source>→ has not run yet</source>
        <translation>→ aún no se ha ejecutado</translation>
    </message>
    <message>
        <source>← scheduled at %1 on CPU%2</source>
        <translation>← planificada en %1 en CPU%2</translation>
    </message>
</context>
</TS>
