<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Lesson</name>
    <message>
        <source>LDD3 7.5: /proc/jitasklet on a busy CPU</source>
        <extracomment>ldd3-busy-cpu.json: title</extracomment>
        <translation>LDD3 7.5 : /proc/jitasklet sur un CPU occupé</translation>
    </message>
    <message>
        <source>The book&apos;s sample: cat reads /proc/jitasklet while cc1 (a compiler) keeps CPU 0 busy. The tasklet waits for the next tick while cc1 runs, and runs back to back in ksoftirqd/0 once cc1 blocks. Under ldd3-book (the pre-2.6.2 &apos;mask&apos; restart rule) the first read() returns exactly the book&apos;s six lines; try --profile linux-2.6.10 to see the 10-restart rule run all five in cc1&apos;s irq_exit.</source>
        <extracomment>ldd3-busy-cpu.json: description</extracomment>
        <translation>L&apos;exemple du livre : cat lit /proc/jitasklet pendant que cc1 (un compilateur) occupe le CPU 0. La tasklet attend le tick suivant tant que cc1 s&apos;exécute, puis s&apos;exécute d&apos;affilée dans ksoftirqd/0 dès que cc1 se bloque. Avec ldd3-book (la règle de relance « mask » d&apos;avant 2.6.2), le premier read() renvoie exactement les six lignes du livre ; essayez --profile linux-2.6.10 pour voir la règle des 10 relances exécuter les cinq dans l&apos;irq_exit de cc1.</translation>
    </message>
    <message>
        <source>cat reads /proc/jitasklet</source>
        <extracomment>ldd3-busy-cpu.json: step 1 title</extracomment>
        <translation>cat lit /proc/jitasklet</translation>
    </message>
    <message>
        <source>jit_tasklet() prints the reader&apos;s line (inirq 0), then tasklet_schedule(). The raise comes from process context, so raise_softirq_irqoff() wakes ksoftirqd/0 (kernel/softirq.c). cat sleeps in wait_event_interruptible(). The O(1) scheduler picks cc1 (nice 0) over ksoftirqd/0 (nice 19): the tasklet has to wait.</source>
        <extracomment>ldd3-busy-cpu.json: step 1 text</extracomment>
        <translation>jit_tasklet() écrit la ligne du lecteur (inirq 0), puis appelle tasklet_schedule(). La levée vient du contexte processus, donc raise_softirq_irqoff() réveille ksoftirqd/0 (kernel/softirq.c). cat s&apos;endort dans wait_event_interruptible(). L&apos;ordonnanceur O(1) choisit cc1 (nice 0) plutôt que ksoftirqd/0 (nice 19) : la tasklet doit attendre.</translation>
    </message>
    <message>
        <source>The next tick runs it in cc1&apos;s context</source>
        <extracomment>ldd3-busy-cpu.json: step 2 title</extracomment>
        <translation>Le tick suivant l&apos;exécute dans le contexte de cc1</translation>
    </message>
    <message>
        <source>The timer interrupt&apos;s irq_exit() finds TASKLET pending and runs __do_softirq() on top of whatever it interrupted: cc1. Run 1: delta 1, inirq 1, pid 4368. The callback reschedules itself; under the pre-2.6.2 mask rule TASKLET has already run in this invocation, so there is no restart: ksoftirqd is woken (it is already runnable).</source>
        <extracomment>ldd3-busy-cpu.json: step 2 text</extracomment>
        <translation>L&apos;irq_exit() de l&apos;interruption d&apos;horloge trouve TASKLET en attente et exécute __do_softirq() par-dessus la tâche interrompue : cc1. Exécution 1 : delta 1, inirq 1, pid 4368. Le callback se replanifie ; avec la règle « mask » d&apos;avant 2.6.2, TASKLET a déjà été traité dans cette invocation, donc il n&apos;y a pas de relance : ksoftirqd est réveillé (il est déjà exécutable).</translation>
    </message>
    <message>
        <source>One run per tick</source>
        <extracomment>ldd3-busy-cpu.json: step 3 title</extracomment>
        <translation>Une exécution par tick</translation>
    </message>
    <message>
        <source>Tick 6076141 does the same: run 2 in cc1. Book, section 7.5: &apos;the tasklet is run at the next timer tick as long as the CPU is busy running a process&apos;.</source>
        <extracomment>ldd3-busy-cpu.json: step 3 text</extracomment>
        <translation>Le tick 6076141 fait de même : exécution 2 dans cc1. Le livre, section 7.5 : « la tasklet est exécutée au tick d&apos;horloge suivant tant que le CPU est occupé à exécuter un processus ».</translation>
    </message>
    <message>
        <source>cc1 blocks: ksoftirqd/0 gets the CPU</source>
        <extracomment>ldd3-busy-cpu.json: step 4 title</extracomment>
        <translation>cc1 se bloque : ksoftirqd/0 obtient le CPU</translation>
    </message>
    <message>
        <source>With cc1 asleep, ksoftirqd/0 is the only runnable task. Its loop calls do_softirq() while anything is pending: runs 3, 4 and 5 back to back in the same jiffy, delta 0, pid 2. Run 5 wakes cat, which prints the six lines.</source>
        <extracomment>ldd3-busy-cpu.json: step 4 text</extracomment>
        <translation>cc1 étant endormi, ksoftirqd/0 est la seule tâche exécutable. Sa boucle appelle do_softirq() tant que quelque chose est en attente : les exécutions 3, 4 et 5 s&apos;enchaînent dans le même jiffy, delta 0, pid 2. L&apos;exécution 5 réveille cat, qui affiche les six lignes.</translation>
    </message>
    <message>
        <source>LDD3 7.5: /proc/jitasklet on an idle CPU</source>
        <extracomment>ldd3-idle-cpu.json: title</extracomment>
        <translation>LDD3 7.5 : /proc/jitasklet sur un CPU inactif</translation>
    </message>
    <message>
        <source>The same read on an idle CPU: the tasklet runs immediately, all five times in ksoftirqd/0 in the reader&apos;s jiffy (delta 0). Under the 2.6 profiles cat&apos;s second read() re-runs the whole experiment (the read_proc quirk) and gets EOF because the new output is not longer.</source>
        <extracomment>ldd3-idle-cpu.json: description</extracomment>
        <translation>La même lecture sur un CPU inactif : la tasklet s&apos;exécute immédiatement, les cinq fois dans ksoftirqd/0, dans le jiffy du lecteur (delta 0). Avec les profils 2.6, le second read() de cat relance toute l&apos;expérience (la bizarrerie de read_proc) et obtient EOF car la nouvelle sortie n&apos;est pas plus longue.</translation>
    </message>
    <message>
        <source>cat reads on an idle CPU</source>
        <extracomment>ldd3-idle-cpu.json: step 1 title</extracomment>
        <translation>cat lit sur un CPU inactif</translation>
    </message>
    <message>
        <source>tasklet_schedule() from process context wakes ksoftirqd/0. When cat sleeps, nothing else is runnable, so ksoftirqd/0 runs at once: &apos;it is run immediately when the CPU is otherwise idle&apos; (book, section 7.5).</source>
        <extracomment>ldd3-idle-cpu.json: step 1 text</extracomment>
        <translation>tasklet_schedule() appelé depuis le contexte processus réveille ksoftirqd/0. Quand cat s&apos;endort, rien d&apos;autre n&apos;est exécutable, donc ksoftirqd/0 s&apos;exécute aussitôt : « elle est exécutée immédiatement lorsque le CPU est par ailleurs inactif » (le livre, section 7.5).</translation>
    </message>
    <message>
        <source>Five runs back to back in ksoftirqd/0</source>
        <extracomment>ldd3-idle-cpu.json: step 2 title</extracomment>
        <translation>Cinq exécutions d&apos;affilée dans ksoftirqd/0</translation>
    </message>
    <message>
        <source>Every line has inirq 1: in_interrupt() is true inside any tasklet, even when it runs in a kernel thread.</source>
        <extracomment>ldd3-idle-cpu.json: step 2 text</extracomment>
        <translation>Chaque ligne a inirq 1 : in_interrupt() est vrai dans toute tasklet, même quand elle s&apos;exécute dans un thread noyau.</translation>
    </message>
    <message>
        <source>The tasklet reschedules itself from its callback. Why are all five runs in ksoftirqd/0, in the same jiffy, with delta 0?</source>
        <extracomment>ldd3-idle-cpu.json: step 2 question</extracomment>
        <translation>La tasklet se replanifie depuis son callback. Pourquoi les cinq exécutions ont-elles toutes lieu dans ksoftirqd/0, dans le même jiffy, avec delta 0 ?</translation>
    </message>
    <message>
        <source>ksoftirqd/0&apos;s loop (kernel/softirq.c: ksoftirqd()) calls do_softirq() as long as TASKLET is pending; each self-reschedule is picked up at once, long before the next tick. The fifth run wakes cat.</source>
        <extracomment>ldd3-idle-cpu.json: step 2 answer</extracomment>
        <translation>La boucle de ksoftirqd/0 (kernel/softirq.c: ksoftirqd()) appelle do_softirq() tant que TASKLET est en attente ; chaque replanification est prise en compte aussitôt, bien avant le tick suivant. La cinquième exécution réveille cat.</translation>
    </message>
    <message>
        <source>cat&apos;s second read() runs it all again</source>
        <extracomment>ldd3-idle-cpu.json: step 3 title</extracomment>
        <translation>Le second read() de cat refait tout</translation>
    </message>
    <message>
        <source>fs/proc/generic.c: proc_file_read() calls jit&apos;s read_proc function on every read(), and jit ignores the offset: the whole experiment runs a second time (300.5 to 301 us). The new output is not longer than the first, so read() returns 0 and cat prints the six lines once.</source>
        <extracomment>ldd3-idle-cpu.json: step 3 text</extracomment>
        <translation>fs/proc/generic.c: proc_file_read() appelle la fonction read_proc de jit à chaque read(), et jit ignore l&apos;offset : toute l&apos;expérience s&apos;exécute une seconde fois (de 300.5 à 301 us). La nouvelle sortie n&apos;est pas plus longue que la première, donc read() renvoie 0 et cat n&apos;affiche les six lignes qu&apos;une fois.</translation>
    </message>
    <message>
        <source>jitasklethi vs jitasklet, with a competing tasklet and a timer</source>
        <extracomment>lesson-01-hi-vs-normal.json: title</extracomment>
        <translation>jitasklethi contre jitasklet, avec une tasklet concurrente et un timer</translation>
    </message>
    <message>
        <source>Three readers on a busy CPU (linux-2.6.10): one reads /proc/jitimer (tdelay 1), one /proc/jitasklet, one /proc/jitasklethi, and ifconfig schedules a normal tasklet rx. Everything becomes pending before the first tick; the tick&apos;s irq_exit() then serves HI, TIMER and TASKLET in that order in every pass. Both jit outputs print the same lines: the difference between a hi and a normal tasklet is only visible in the trace.</source>
        <extracomment>lesson-01-hi-vs-normal.json: description</extracomment>
        <translation>Trois lecteurs sur un CPU occupé (linux-2.6.10) : l&apos;un lit /proc/jitimer (tdelay 1), un autre /proc/jitasklet, le troisième /proc/jitasklethi, et ifconfig planifie une tasklet normale rx. Tout passe en attente avant le premier tick ; l&apos;irq_exit() du tick sert ensuite HI, TIMER et TASKLET dans cet ordre à chaque passe. Les deux sorties jit affichent les mêmes lignes : la différence entre une tasklet hi et une tasklet normale n&apos;est visible que dans la trace.</translation>
    </message>
    <message>
        <source>A timer for the next jiffy</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 1 title</extracomment>
        <translation>Un timer pour le jiffy suivant</translation>
    </message>
    <message>
        <source>jit_timer() (LDD3 7.4, misc-modules/jit.c) arms a timer_list at jiffies + tdelay = 1001 with add_timer(). Its callback will run in the TIMER softirq, vector 1 (kernel/timer.c: run_timer_softirq()).</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 1 text</extracomment>
        <translation>jit_timer() (LDD3 7.4, misc-modules/jit.c) arme un timer_list à jiffies + tdelay = 1001 avec add_timer(). Son callback s&apos;exécutera dans le softirq TIMER, vecteur 1 (kernel/timer.c: run_timer_softirq()).</translation>
    </message>
    <message>
        <source>Two jit tasklets and a driver tasklet are queued</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 2 title</extracomment>
        <translation>Deux tasklets jit et une tasklet de pilote sont mises en file</translation>
    </message>
    <message>
        <source>jit_tasklet() calls tasklet_schedule() for /proc/jitasklet and tasklet_hi_schedule() for /proc/jitasklethi (kernel/softirq.c: __tasklet_schedule(), __tasklet_hi_schedule()): one goes on tasklet_vec and raises TASKLET (5), the other on tasklet_hi_vec and raises HI (0). ifconfig then queues rx on the same normal list. Each raise from process context wakes ksoftirqd/0, but at nice 19 it cannot preempt cc1 under the O(1) scheduler.</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 2 text</extracomment>
        <translation>jit_tasklet() appelle tasklet_schedule() pour /proc/jitasklet et tasklet_hi_schedule() pour /proc/jitasklethi (kernel/softirq.c: __tasklet_schedule(), __tasklet_hi_schedule()) : l&apos;une va sur tasklet_vec et lève TASKLET (5), l&apos;autre sur tasklet_hi_vec et lève HI (0). ifconfig met ensuite rx dans la même liste normale. Chaque levée depuis le contexte processus réveille ksoftirqd/0, mais à nice 19 il ne peut pas préempter cc1 avec l&apos;ordonnanceur O(1).</translation>
    </message>
    <message>
        <source>One pass: HI, then TIMER, then TASKLET</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 title</extracomment>
        <translation>Une passe : HI, puis TIMER, puis TASKLET</translation>
    </message>
    <message>
        <source>kernel/softirq.c: __do_softirq() walks the pending bits from the lowest number up, once per pass. Everything runs on top of cc1 (pid 4368) in softirq context: inirq is 1.</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 text</extracomment>
        <translation>kernel/softirq.c: __do_softirq() parcourt les bits en attente du plus petit numéro au plus grand, une fois par passe. Tout s&apos;exécute par-dessus cc1 (pid 4368) en contexte softirq : inirq vaut 1.</translation>
    </message>
    <message>
        <source>HI, TIMER and TASKLET are all pending when the tick&apos;s irq_exit() runs __do_softirq(). In which order do the jit hi tasklet, the jitimer callback and the two normal tasklets run?</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 question</extracomment>
        <translation>HI, TIMER et TASKLET sont tous en attente quand l&apos;irq_exit() du tick exécute __do_softirq(). Dans quel ordre s&apos;exécutent la tasklet hi de jit, le callback de jitimer et les deux tasklets normales ?</translation>
    </message>
    <message>
        <source>By vector number: the hi tasklet (HI = 0, tasklet_hi_action()), then the timer (TIMER = 1, run_timer_softirq()), then the normal list (TASKLET = 5, tasklet_action()). In the normal list rx runs before jitasklet although it was scheduled later: 2.6 inserts at the head of tasklet_vec (LIFO).</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 answer</extracomment>
        <translation>Par numéro de vecteur : la tasklet hi (HI = 0, tasklet_hi_action()), puis le timer (TIMER = 1, run_timer_softirq()), puis la liste normale (TASKLET = 5, tasklet_action()). Dans la liste normale, rx s&apos;exécute avant jitasklet bien qu&apos;elle ait été planifiée plus tard : 2.6 insère en tête de tasklet_vec (LIFO).</translation>
    </message>
    <message>
        <source>The restart loop runs the rest</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 4 title</extracomment>
        <translation>La boucle de relance exécute le reste</translation>
    </message>
    <message>
        <source>Both jit tasklets rescheduled themselves from their callbacks, so HI and TASKLET are pending again. linux-2.6.10 restarts __do_softirq() up to MAX_SOFTIRQ_RESTART = 10 times: passes 2 to 5 run one hi run and one normal run each, all in jiffy 1001. The jitimer callback re-arms itself for the next jiffy, so its five lines are one tick apart. Both tasklet outputs are identical: &apos;the only difference is that they use different lists&apos; (the book, 7.5).</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 4 text</extracomment>
        <translation>Les deux tasklets jit se sont replanifiées depuis leurs callbacks, donc HI et TASKLET sont de nouveau en attente. linux-2.6.10 relance __do_softirq() jusqu&apos;à MAX_SOFTIRQ_RESTART = 10 fois : les passes 2 à 5 comptent chacune une exécution hi et une exécution normale, toutes dans le jiffy 1001. Le callback de jitimer se réarme pour le jiffy suivant, donc ses cinq lignes sont espacées d&apos;un tick. Les deux sorties des tasklets sont identiques : « la seule différence est qu&apos;elles utilisent des listes différentes » (le livre, 7.5).</translation>
    </message>
    <message>
        <source>Schedule twice, run once</source>
        <extracomment>lesson-02-schedule-twice.json: title</extracomment>
        <translation>Planifiée deux fois, exécutée une fois</translation>
    </message>
    <message>
        <source>ifconfig calls tasklet_schedule(rx) twice before rx gets a chance to run: the second call finds TASKLET_STATE_SCHED already set and does nothing, so the callback runs once. A schedule made after the run queues it again.</source>
        <extracomment>lesson-02-schedule-twice.json: description</extracomment>
        <translation>ifconfig appelle tasklet_schedule(rx) deux fois avant que rx ait pu s&apos;exécuter : le second appel trouve TASKLET_STATE_SCHED déjà positionné et ne fait rien, donc le callback s&apos;exécute une seule fois. Une planification faite après l&apos;exécution la remet en file.</translation>
    </message>
    <message>
        <source>First schedule queues rx</source>
        <extracomment>lesson-02-schedule-twice.json: step 1 title</extracomment>
        <translation>La première planification met rx en file</translation>
    </message>
    <message>
        <source>include/linux/interrupt.h: tasklet_schedule() does test_and_set_bit(TASKLET_STATE_SCHED). The bit was clear, so __tasklet_schedule() puts rx on this CPU&apos;s tasklet_vec and raises TASKLET. ksoftirqd/0 (nice 19) cannot preempt cc1: rx waits for the next tick.</source>
        <extracomment>lesson-02-schedule-twice.json: step 1 text</extracomment>
        <translation>include/linux/interrupt.h: tasklet_schedule() fait test_and_set_bit(TASKLET_STATE_SCHED). Le bit était à zéro, donc __tasklet_schedule() place rx sur le tasklet_vec de ce CPU et lève TASKLET. ksoftirqd/0 (nice 19) ne peut pas préempter cc1 : rx attend le tick suivant.</translation>
    </message>
    <message>
        <source>Second schedule: a no-op</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 title</extracomment>
        <translation>Seconde planification : sans effet</translation>
    </message>
    <message>
        <source>The trace shows the call with &apos;no-op&apos;: nothing is queued and nothing is raised.</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 text</extracomment>
        <translation>La trace montre l&apos;appel avec « no-op » : rien n&apos;est mis en file et rien n&apos;est levé.</translation>
    </message>
    <message>
        <source>rx is still queued. How many times will its callback run after this second tasklet_schedule()?</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 question</extracomment>
        <translation>rx est toujours en file. Combien de fois son callback s&apos;exécutera-t-il après ce second tasklet_schedule() ?</translation>
    </message>
    <message>
        <source>Once. test_and_set_bit() finds SCHED already set and the call returns without touching the list. The book, 7.5: a tasklet scheduled again before it runs &apos;runs only once&apos;.</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 answer</extracomment>
        <translation>Une fois. test_and_set_bit() trouve SCHED déjà positionné et l&apos;appel retourne sans toucher à la liste. Le livre, 7.5 : une tasklet replanifiée avant de s&apos;exécuter « ne s&apos;exécute qu&apos;une fois ».</translation>
    </message>
    <message>
        <source>The tick runs rx once</source>
        <extracomment>lesson-02-schedule-twice.json: step 3 title</extracomment>
        <translation>Le tick exécute rx une fois</translation>
    </message>
    <message>
        <source>The tick&apos;s irq_exit() runs __do_softirq() in cc1&apos;s context. kernel/softirq.c: tasklet_action() clears SCHED just before the callback, so a schedule from now on queues it again.</source>
        <extracomment>lesson-02-schedule-twice.json: step 3 text</extracomment>
        <translation>L&apos;irq_exit() du tick exécute __do_softirq() dans le contexte de cc1. kernel/softirq.c: tasklet_action() efface SCHED juste avant le callback, donc toute planification à partir de maintenant la remet en file.</translation>
    </message>
    <message>
        <source>Scheduled again after the run</source>
        <extracomment>lesson-02-schedule-twice.json: step 4 title</extracomment>
        <translation>Replanifiée après l&apos;exécution</translation>
    </message>
    <message>
        <source>SCHED is clear, so this call queues rx again and it runs at the 2 ms tick: one run per schedule that finds the tasklet idle, never one per call.</source>
        <extracomment>lesson-02-schedule-twice.json: step 4 text</extracomment>
        <translation>SCHED est à zéro, donc cet appel remet rx en file et elle s&apos;exécute au tick de 2 ms : une exécution par planification qui trouve la tasklet au repos, jamais une par appel.</translation>
    </message>
    <message>
        <source>Disabling counts: twice disabled, once enabled</source>
        <extracomment>lesson-03-disable-count.json: title</extracomment>
        <translation>Les désactivations se comptent : deux fois désactivée, une fois réactivée</translation>
    </message>
    <message>
        <source>tasklet_disable() increments a counter and tasklet_enable() decrements it; the tasklet may run only when the count is back to 0. After two disables and one enable, rx is still disabled: a schedule queues it but it does not run until the second enable.</source>
        <extracomment>lesson-03-disable-count.json: description</extracomment>
        <translation>tasklet_disable() incrémente un compteur et tasklet_enable() le décrémente ; la tasklet ne peut s&apos;exécuter que lorsque le compteur est revenu à 0. Après deux désactivations et une réactivation, rx est toujours désactivée : une planification la met en file, mais elle ne s&apos;exécute pas avant la seconde réactivation.</translation>
    </message>
    <message>
        <source>Two disables</source>
        <extracomment>lesson-03-disable-count.json: step 1 title</extracomment>
        <translation>Deux désactivations</translation>
    </message>
    <message>
        <source>include/linux/interrupt.h: tasklet_disable() does atomic_inc(&amp;t-&gt;count) and then waits until TASKLET_STATE_RUN is clear (rx is not running, so it returns at once). Called twice, count is 2. The book, 7.5: &apos;the tasklet is disabled until tasklet_enable is called the same number of times&apos;.</source>
        <extracomment>lesson-03-disable-count.json: step 1 text</extracomment>
        <translation>include/linux/interrupt.h: tasklet_disable() fait atomic_inc(&amp;t-&gt;count) puis attend que TASKLET_STATE_RUN soit à zéro (rx ne s&apos;exécute pas, donc la fonction retourne aussitôt). Après deux appels, count vaut 2. Le livre, 7.5 : « la tasklet reste désactivée jusqu&apos;à ce que tasklet_enable soit appelée le même nombre de fois ».</translation>
    </message>
    <message>
        <source>One enable</source>
        <extracomment>lesson-03-disable-count.json: step 2 title</extracomment>
        <translation>Une réactivation</translation>
    </message>
    <message>
        <source>tasklet_enable() is only atomic_dec(&amp;t-&gt;count): count 1, still disabled. It checks nothing and raises nothing.</source>
        <extracomment>lesson-03-disable-count.json: step 2 text</extracomment>
        <translation>tasklet_enable() n&apos;est qu&apos;un atomic_dec(&amp;t-&gt;count) : count vaut 1, la tasklet reste désactivée. La fonction ne vérifie rien et ne lève rien.</translation>
    </message>
    <message>
        <source>Scheduled while disabled</source>
        <extracomment>lesson-03-disable-count.json: step 3 title</extracomment>
        <translation>Planifiée alors qu&apos;elle est désactivée</translation>
    </message>
    <message>
        <source>The trace shows tasklet_requeue events in swapper/0&apos;s irq_exit() and then in ksoftirqd/0: the queued, disabled tasklet keeps the softirq busy (see the next lesson).</source>
        <extracomment>lesson-03-disable-count.json: step 3 text</extracomment>
        <translation>La trace montre des événements tasklet_requeue dans l&apos;irq_exit() de swapper/0 puis dans ksoftirqd/0 : la tasklet en file mais désactivée occupe le softirq (voir la leçon suivante).</translation>
    </message>
    <message>
        <source>An interrupt schedules rx now (count is 1). Will the callback run?</source>
        <extracomment>lesson-03-disable-count.json: step 3 question</extracomment>
        <translation>Une interruption planifie rx maintenant (count vaut 1). Le callback va-t-il s&apos;exécuter ?</translation>
    </message>
    <message>
        <source>No. tasklet_schedule() ignores the count and queues rx, but kernel/softirq.c: tasklet_action() sees count != 0, puts it back on the list and raises TASKLET again, pass after pass, without calling it.</source>
        <extracomment>lesson-03-disable-count.json: step 3 answer</extracomment>
        <translation>Non. tasklet_schedule() ignore le compteur et met rx en file, mais kernel/softirq.c: tasklet_action() voit count != 0, la remet dans la liste et lève de nouveau TASKLET, passe après passe, sans l&apos;appeler.</translation>
    </message>
    <message>
        <source>The second enable</source>
        <extracomment>lesson-03-disable-count.json: step 4 title</extracomment>
        <translation>La seconde réactivation</translation>
    </message>
    <message>
        <source>count is 0. The very next tasklet_action() pass finds it enabled, clears SCHED and runs the callback, exactly once, in ksoftirqd/0, which was still looping on it.</source>
        <extracomment>lesson-03-disable-count.json: step 4 text</extracomment>
        <translation>count vaut 0. La toute prochaine passe de tasklet_action() la trouve activée, efface SCHED et exécute le callback, exactement une fois, dans ksoftirqd/0, qui bouclait encore dessus.</translation>
    </message>
    <message>
        <source>A disabled tasklet keeps the softirq churning</source>
        <extracomment>lesson-04-disabled-churn.json: title</extracomment>
        <translation>Une tasklet désactivée fait tourner le softirq à vide</translation>
    </message>
    <message>
        <source>rx is declared with DECLARE_TASKLET_DISABLED and a network interrupt schedules it. Nothing runs it, yet it is not idle: every tasklet_action() puts it back and raises TASKLET again, each __do_softirq() uses its whole restart budget and ksoftirqd/0 spins, taking the CPU from make, until the driver enables it.</source>
        <extracomment>lesson-04-disabled-churn.json: description</extracomment>
        <translation>rx est déclarée avec DECLARE_TASKLET_DISABLED et une interruption réseau la planifie. Rien ne l&apos;exécute, et pourtant elle n&apos;est pas au repos : chaque tasklet_action() la remet en file et lève de nouveau TASKLET, chaque __do_softirq() épuise tout son budget de relances et ksoftirqd/0 tourne en boucle, prenant le CPU à make, jusqu&apos;à ce que le pilote la réactive.</translation>
    </message>
    <message>
        <source>A disabled tasklet is scheduled</source>
        <extracomment>lesson-04-disabled-churn.json: step 1 title</extracomment>
        <translation>Une tasklet désactivée est planifiée</translation>
    </message>
    <message>
        <source>tasklet_schedule() never looks at the count: rx goes on tasklet_vec with SCHED set. The interrupt&apos;s irq_exit() runs __do_softirq() on top of make.</source>
        <extracomment>lesson-04-disabled-churn.json: step 1 text</extracomment>
        <translation>tasklet_schedule() ne regarde jamais le compteur : rx va sur tasklet_vec avec SCHED positionné. L&apos;irq_exit() de l&apos;interruption exécute __do_softirq() par-dessus make.</translation>
    </message>
    <message>
        <source>Ten passes, then ksoftirqd</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 title</extracomment>
        <translation>Dix passes, puis ksoftirqd</translation>
    </message>
    <message>
        <source>This is the R-CHURN rule of kernel-semantics.md 4: the vector is re-raised every pass, without waking anyone, until the tasklet is enabled.</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 text</extracomment>
        <translation>C&apos;est la règle R-CHURN de kernel-semantics.md 4 : le vecteur est levé de nouveau à chaque passe, sans réveiller personne, jusqu&apos;à ce que la tasklet soit réactivée.</translation>
    </message>
    <message>
        <source>How many passes will this __do_softirq() invocation make, and who continues afterwards?</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 question</extracomment>
        <translation>Combien de passes cette invocation de __do_softirq() va-t-elle faire, et qui prend le relais ensuite ?</translation>
    </message>
    <message>
        <source>Ten. kernel/softirq.c: tasklet_action_common() finds count != 0, re-inserts rx and calls __raise_softirq_irqoff(TASKLET), so TASKLET is pending after every pass; MAX_SOFTIRQ_RESTART (10) ends the loop and wakeup_softirqd() hands the rest to ksoftirqd/0.</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 answer</extracomment>
        <translation>Dix. kernel/softirq.c: tasklet_action_common() trouve count != 0, réinsère rx et appelle __raise_softirq_irqoff(TASKLET), donc TASKLET est en attente après chaque passe ; MAX_SOFTIRQ_RESTART (10) termine la boucle et wakeup_softirqd() confie le reste à ksoftirqd/0.</translation>
    </message>
    <message>
        <source>ksoftirqd/0 spins</source>
        <extracomment>lesson-04-disabled-churn.json: step 3 title</extracomment>
        <translation>ksoftirqd/0 tourne en boucle</translation>
    </message>
    <message>
        <source>ksoftirqd/0 (nice 0 under CFS) preempts make and calls __do_softirq() again and again (kernel/softirq.c: run_ksoftirqd()), each time 10 passes of requeues. It gives the CPU up only when the scheduler takes it away.</source>
        <extracomment>lesson-04-disabled-churn.json: step 3 text</extracomment>
        <translation>ksoftirqd/0 (nice 0 sous CFS) préempte make et appelle __do_softirq() encore et encore (kernel/softirq.c: run_ksoftirqd()), à chaque fois 10 passes de remises en file. Il ne rend le CPU que lorsque l&apos;ordonnanceur le lui retire.</translation>
    </message>
    <message>
        <source>tasklet_enable() alone raises nothing</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 title</extracomment>
        <translation>tasklet_enable() seul ne lève rien</translation>
    </message>
    <message>
        <source>include/linux/interrupt.h: tasklet_enable() does not raise the softirq or wake ksoftirqd.</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 text</extracomment>
        <translation>include/linux/interrupt.h: tasklet_enable() ne lève pas le softirq et ne réveille pas ksoftirqd.</translation>
    </message>
    <message>
        <source>insmod enables rx at 6 ms and goes back to sleep; make gets the CPU. When and in which context will rx finally run?</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 question</extracomment>
        <translation>insmod réactive rx à 6 ms et se rendort ; make obtient le CPU. Quand et dans quel contexte rx va-t-elle enfin s&apos;exécuter ?</translation>
    </message>
    <message>
        <source>At the next processing of TASKLET: the 8 ms tick (HZ = 250). Its irq_exit() runs __do_softirq() on top of make, so rx runs in make&apos;s context, not in ksoftirqd/0. tasklet_enable() is only atomic_dec(); the pending TASKLET bit left by the churn does the rest.</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 answer</extracomment>
        <translation>Au prochain traitement de TASKLET : le tick de 8 ms (HZ = 250). Son irq_exit() exécute __do_softirq() par-dessus make, donc rx s&apos;exécute dans le contexte de make, pas dans ksoftirqd/0. tasklet_enable() n&apos;est qu&apos;un atomic_dec() ; le bit TASKLET laissé en attente par la rotation à vide fait le reste.</translation>
    </message>
    <message>
        <source>One run, the churn stops</source>
        <extracomment>lesson-04-disabled-churn.json: step 5 title</extracomment>
        <translation>Une exécution, la rotation à vide s&apos;arrête</translation>
    </message>
    <message>
        <source>tasklet_action() finds count 0, clears SCHED and runs rx once. The list is empty, nothing re-raises TASKLET, and ksoftirqd/0 goes back to sleep.</source>
        <extracomment>lesson-04-disabled-churn.json: step 5 text</extracomment>
        <translation>tasklet_action() trouve count à 0, efface SCHED et exécute rx une fois. La liste est vide, plus rien ne lève de nouveau TASKLET, et ksoftirqd/0 se rendort.</translation>
    </message>
    <message>
        <source>tasklet_kill() waits for a queued tasklet to run</source>
        <extracomment>lesson-05-kill-waits.json: title</extracomment>
        <translation>tasklet_kill() attend qu&apos;une tasklet en file s&apos;exécute</translation>
    </message>
    <message>
        <source>rx is queued on CPU 0, where ethtool holds local_bh_disable(), so it cannot run yet. rmmod on CPU 1 calls tasklet_kill(rx): kill does not remove rx from the list, it sleeps until rx has run once. After kill returns, rx can be scheduled again.</source>
        <extracomment>lesson-05-kill-waits.json: description</extracomment>
        <translation>rx est en file sur le CPU 0, où ethtool maintient local_bh_disable(), donc elle ne peut pas encore s&apos;exécuter. rmmod, sur le CPU 1, appelle tasklet_kill(rx) : kill ne retire pas rx de la liste, il dort jusqu&apos;à ce que rx se soit exécutée une fois. Une fois kill revenu, rx peut de nouveau être planifiée.</translation>
    </message>
    <message>
        <source>rx is queued on CPU 0 but cannot run</source>
        <extracomment>lesson-05-kill-waits.json: step 1 title</extracomment>
        <translation>rx est en file sur le CPU 0 mais ne peut pas s&apos;exécuter</translation>
    </message>
    <message>
        <source>eth0&apos;s handler schedules rx on CPU 0. Its irq_exit() does not run softirqs because ethtool has bottom halves disabled (in_interrupt() is true, kernel/softirq.c: irq_exit()).</source>
        <extracomment>lesson-05-kill-waits.json: step 1 text</extracomment>
        <translation>Le gestionnaire d&apos;eth0 planifie rx sur le CPU 0. Son irq_exit() n&apos;exécute pas les softirqs car ethtool a désactivé les moitiés basses (in_interrupt() est vrai, kernel/softirq.c: irq_exit()).</translation>
    </message>
    <message>
        <source>rmmod calls tasklet_kill()</source>
        <extracomment>lesson-05-kill-waits.json: step 2 title
----------
lesson-06-kill-disabled.json: step 2 title</extracomment>
        <translation>rmmod appelle tasklet_kill()</translation>
    </message>
    <message>
        <source>The book, 7.5: tasklet_kill() &apos;ensures that the tasklet is not scheduled to run again&apos;; if it is scheduled, &apos;the function waits until it has executed&apos;.</source>
        <extracomment>lesson-05-kill-waits.json: step 2 text</extracomment>
        <translation>Le livre, 7.5 : tasklet_kill() « garantit que la tasklet ne sera plus planifiée pour s&apos;exécuter » ; si elle est planifiée, « la fonction attend qu&apos;elle se soit exécutée ».</translation>
    </message>
    <message>
        <source>rx is queued and enabled. Does tasklet_kill() take it off the list, or wait?</source>
        <extracomment>lesson-05-kill-waits.json: step 2 question</extracomment>
        <translation>rx est en file et activée. tasklet_kill() la retire-t-elle de la liste, ou attend-elle ?</translation>
    </message>
    <message>
        <source>It waits. kernel/softirq.c: tasklet_kill() loops on test_and_set_bit(TASKLET_STATE_SCHED) and, in 6.1, sleeps in wait_var_event() (D state) until tasklet_action() clears SCHED; then it waits for RUN to clear. It never dequeues.</source>
        <extracomment>lesson-05-kill-waits.json: step 2 answer</extracomment>
        <translation>Elle attend. kernel/softirq.c: tasklet_kill() boucle sur test_and_set_bit(TASKLET_STATE_SCHED) et, en 6.1, dort dans wait_var_event() (état D) jusqu&apos;à ce que tasklet_action() efface SCHED ; elle attend ensuite que RUN soit effacé. Elle ne retire jamais la tasklet de la file.</translation>
    </message>
    <message>
        <source>local_bh_enable() runs rx, kill returns</source>
        <extracomment>lesson-05-kill-waits.json: step 3 title</extracomment>
        <translation>local_bh_enable() exécute rx, kill retourne</translation>
    </message>
    <message>
        <source>ethtool&apos;s local_bh_enable() runs the pending TASKLET softirq in its own context. tasklet_action() clears SCHED (waking rmmod, which now owns SCHED and waits for RUN), runs rx once, and tasklet_unlock() wakes rmmod again: tasklet_kill() returns at 2.55 ms, after exactly one run.</source>
        <extracomment>lesson-05-kill-waits.json: step 3 text</extracomment>
        <translation>Le local_bh_enable() d&apos;ethtool exécute le softirq TASKLET en attente dans son propre contexte. tasklet_action() efface SCHED (ce qui réveille rmmod, qui détient désormais SCHED et attend RUN), exécute rx une fois, et tasklet_unlock() réveille de nouveau rmmod : tasklet_kill() retourne à 2.55 ms, après exactement une exécution.</translation>
    </message>
    <message>
        <source>Killed is not dead</source>
        <extracomment>lesson-05-kill-waits.json: step 4 title</extracomment>
        <translation>Tuée, mais pas morte</translation>
    </message>
    <message>
        <source>tasklet_kill() leaves SCHED and RUN clear: a new tasklet_schedule() queues rx on CPU 1 and it runs again. A driver must stop whatever schedules the tasklet before killing it.</source>
        <extracomment>lesson-05-kill-waits.json: step 4 text</extracomment>
        <translation>tasklet_kill() laisse SCHED et RUN à zéro : un nouveau tasklet_schedule() met rx en file sur le CPU 1 et elle s&apos;exécute de nouveau. Un pilote doit arrêter tout ce qui planifie la tasklet avant de la tuer.</translation>
    </message>
    <message>
        <source>tasklet_kill() never returns on a disabled tasklet</source>
        <extracomment>lesson-06-kill-disabled.json: title</extracomment>
        <translation>tasklet_kill() ne retourne jamais sur une tasklet désactivée</translation>
    </message>
    <message>
        <source>rx is declared disabled and gets scheduled. rmmod then calls tasklet_kill(rx): SCHED can only be cleared by running the tasklet, a disabled tasklet never runs, so rmmod waits for ever while ksoftirqd/0 churns on rx. The run ends with tasklet_kill() still waiting.</source>
        <extracomment>lesson-06-kill-disabled.json: description</extracomment>
        <translation>rx est déclarée désactivée et se fait planifier. rmmod appelle ensuite tasklet_kill(rx) : SCHED ne peut être effacé qu&apos;en exécutant la tasklet, or une tasklet désactivée ne s&apos;exécute jamais, donc rmmod attend indéfiniment pendant que ksoftirqd/0 tourne à vide sur rx. La simulation se termine alors que tasklet_kill() attend toujours.</translation>
    </message>
    <message>
        <source>A disabled tasklet is queued</source>
        <extracomment>lesson-06-kill-disabled.json: step 1 title</extracomment>
        <translation>Une tasklet désactivée est mise en file</translation>
    </message>
    <message>
        <source>tasklet_schedule() sets SCHED and queues rx although count is 1. tasklet_action() skips it and re-raises TASKLET every pass; after 10 passes ksoftirqd/0 takes over and keeps doing it.</source>
        <extracomment>lesson-06-kill-disabled.json: step 1 text</extracomment>
        <translation>tasklet_schedule() positionne SCHED et met rx en file bien que count vaille 1. tasklet_action() la saute et lève de nouveau TASKLET à chaque passe ; après 10 passes, ksoftirqd/0 prend le relais et continue de même.</translation>
    </message>
    <message>
        <source>The simulator reports the call as unfinished at the end of the run. Enable before you kill: the book&apos;s cleanup order is tasklet_enable() (if disabled), then tasklet_kill().</source>
        <extracomment>lesson-06-kill-disabled.json: step 2 text</extracomment>
        <translation>Le simulateur signale l&apos;appel comme inachevé à la fin de la simulation. Réactivez avant de tuer : l&apos;ordre de nettoyage du livre est tasklet_enable() (si la tasklet est désactivée), puis tasklet_kill().</translation>
    </message>
    <message>
        <source>Will tasklet_kill(rx) return?</source>
        <extracomment>lesson-06-kill-disabled.json: step 2 question</extracomment>
        <translation>tasklet_kill(rx) va-t-elle retourner ?</translation>
    </message>
    <message>
        <source>Never, as long as rx stays disabled. kernel/softirq.c: tasklet_kill() waits for SCHED to clear, and only tasklet_action() clears it, right before calling an enabled tasklet. In 6.1 rmmod sleeps in D state; tasklet_unlock() wakes it after every skipped pass, and whenever CFS gives it the CPU it finds SCHED still set and sleeps again (2.6 keeps calling yield() instead).</source>
        <extracomment>lesson-06-kill-disabled.json: step 2 answer</extracomment>
        <translation>Jamais, tant que rx reste désactivée. kernel/softirq.c: tasklet_kill() attend que SCHED soit effacé, et seule tasklet_action() l&apos;efface, juste avant d&apos;appeler une tasklet activée. En 6.1, rmmod dort en état D ; tasklet_unlock() le réveille après chaque passe sautée, et chaque fois que CFS lui donne le CPU, il trouve SCHED toujours positionné et se rendort (2.6 se contente d&apos;appeler yield() en boucle).</translation>
    </message>
    <message>
        <source>Self-rescheduling and the restart limit</source>
        <extracomment>lesson-07-restart-limit.json: title</extracomment>
        <translation>Auto-replanification et limite de relances</translation>
    </message>
    <message>
        <source>A polling tasklet reschedules itself 24 times (25 runs). Under linux-2.6.10 the interrupt&apos;s irq_exit() runs 10 of them (MAX_SOFTIRQ_RESTART), then hands the rest to ksoftirqd/0. Run it with --profile ldd3-book (one run per invocation: the pre-2.6.2 mask rule) and --profile linux-6.1 (10 passes, 2 ms or need_resched) to compare eras.</source>
        <extracomment>lesson-07-restart-limit.json: description</extracomment>
        <translation>Une tasklet de scrutation se replanifie 24 fois (25 exécutions). Sous linux-2.6.10, l&apos;irq_exit() de l&apos;interruption en exécute 10 (MAX_SOFTIRQ_RESTART), puis confie le reste à ksoftirqd/0. Lancez-la avec --profile ldd3-book (une exécution par invocation : la règle « mask » d&apos;avant 2.6.2) et avec --profile linux-6.1 (10 passes, 2 ms ou need_resched) pour comparer les époques.</translation>
    </message>
    <message>
        <source>The interrupt schedules poll</source>
        <extracomment>lesson-07-restart-limit.json: step 1 title</extracomment>
        <translation>L&apos;interruption planifie poll</translation>
    </message>
    <message>
        <source>The handler&apos;s tasklet_schedule() raises TASKLET from hard-IRQ context: no ksoftirqd wake-up, irq_exit() will process it (kernel/softirq.c: raise_softirq_irqoff()).</source>
        <extracomment>lesson-07-restart-limit.json: step 1 text</extracomment>
        <translation>Le tasklet_schedule() du gestionnaire lève TASKLET depuis le contexte d&apos;IRQ matérielle : pas de réveil de ksoftirqd, c&apos;est irq_exit() qui le traitera (kernel/softirq.c: raise_softirq_irqoff()).</translation>
    </message>
    <message>
        <source>poll calls tasklet_schedule() on itself at the end of every run. How many runs happen inside this interrupt&apos;s irq_exit()?</source>
        <extracomment>lesson-07-restart-limit.json: step 1 question</extracomment>
        <translation>poll appelle tasklet_schedule() sur elle-même à la fin de chaque exécution. Combien d&apos;exécutions ont lieu dans l&apos;irq_exit() de cette interruption ?</translation>
    </message>
    <message>
        <source>Ten. A tasklet rescheduled from its own callback waits for the next pass (tasklet_action() detached the list first), and kernel/softirq.c: __do_softirq() restarts at most MAX_SOFTIRQ_RESTART = 10 times before calling wakeup_softirqd().</source>
        <extracomment>lesson-07-restart-limit.json: step 1 answer</extracomment>
        <translation>Dix. Une tasklet replanifiée depuis son propre callback attend la passe suivante (tasklet_action() a d&apos;abord détaché la liste), et kernel/softirq.c: __do_softirq() se relance au plus MAX_SOFTIRQ_RESTART = 10 fois avant d&apos;appeler wakeup_softirqd().</translation>
    </message>
    <message>
        <source>Ten passes in swapper&apos;s irq_exit()</source>
        <extracomment>lesson-07-restart-limit.json: step 2 title</extracomment>
        <translation>Dix passes dans l&apos;irq_exit() de swapper</translation>
    </message>
    <message>
        <source>The CPU was idle, so the runs happen on top of the idle task (swapper, pid 0) in softirq context. After the tenth pass TASKLET is still pending: __do_softirq() wakes ksoftirqd/0 and returns.</source>
        <extracomment>lesson-07-restart-limit.json: step 2 text</extracomment>
        <translation>Le CPU était inactif, donc les exécutions ont lieu par-dessus la tâche idle (swapper, pid 0) en contexte softirq. Après la dixième passe, TASKLET est toujours en attente : __do_softirq() réveille ksoftirqd/0 et retourne.</translation>
    </message>
    <message>
        <source>ksoftirqd/0 finishes the work</source>
        <extracomment>lesson-07-restart-limit.json: step 3 title</extracomment>
        <translation>ksoftirqd/0 termine le travail</translation>
    </message>
    <message>
        <source>The idle task yields to ksoftirqd/0, whose loop calls do_softirq() while anything is pending (kernel/softirq.c: ksoftirqd()): 10 more runs, then the last 5. This is how the restart limit keeps a softirq storm from starving user space. Under ldd3-book each invocation makes a single pass (only a newly raised vector restarts it), so ksoftirqd does 24 of the 25 runs; under linux-6.1 the 2 ms and need_resched() limits can cut a pass short too.</source>
        <extracomment>lesson-07-restart-limit.json: step 3 text</extracomment>
        <translation>La tâche idle cède la place à ksoftirqd/0, dont la boucle appelle do_softirq() tant que quelque chose est en attente (kernel/softirq.c: ksoftirqd()) : 10 exécutions de plus, puis les 5 dernières. C&apos;est ainsi que la limite de relances empêche une tempête de softirqs d&apos;affamer l&apos;espace utilisateur. Sous ldd3-book, chaque invocation ne fait qu&apos;une passe (seul un vecteur nouvellement levé la relance), donc ksoftirqd fait 24 des 25 exécutions ; sous linux-6.1, les limites de 2 ms et de need_resched() peuvent aussi écourter une passe.</translation>
    </message>
    <message>
        <source>A tasklet runs on the CPU that scheduled it</source>
        <extracomment>lesson-08-same-cpu.json: title</extracomment>
        <translation>Une tasklet s&apos;exécute sur le CPU qui l&apos;a planifiée</translation>
    </message>
    <message>
        <source>Two CPUs, two network interrupts. rx is queued on CPU 0 while ethtool holds bottom halves off there; an interrupt on idle CPU 1 schedules rx too, but that call is a no-op, and rx waits for CPU 0. Later, scheduled from CPU 1, it runs on CPU 1.</source>
        <extracomment>lesson-08-same-cpu.json: description</extracomment>
        <translation>Deux CPU, deux interruptions réseau. rx est mise en file sur le CPU 0 pendant qu&apos;ethtool y maintient les moitiés basses désactivées ; une interruption sur le CPU 1, inactif, planifie aussi rx, mais cet appel est sans effet, et rx attend le CPU 0. Plus tard, planifiée depuis le CPU 1, elle s&apos;exécute sur le CPU 1.</translation>
    </message>
    <message>
        <source>Queued on CPU 0</source>
        <extracomment>lesson-08-same-cpu.json: step 1 title</extracomment>
        <translation>En file sur le CPU 0</translation>
    </message>
    <message>
        <source>kernel/softirq.c: __tasklet_schedule() puts the tasklet on this_cpu&apos;s tasklet_vec. The book, 7.5: &apos;a tasklet always runs on the same CPU that schedules it&apos;. Bottom halves are off on CPU 0, so it waits.</source>
        <extracomment>lesson-08-same-cpu.json: step 1 text</extracomment>
        <translation>kernel/softirq.c: __tasklet_schedule() place la tasklet sur le tasklet_vec de this_cpu. Le livre, 7.5 : « une tasklet s&apos;exécute toujours sur le CPU qui l&apos;a planifiée ». Les moitiés basses sont désactivées sur le CPU 0, donc elle attend.</translation>
    </message>
    <message>
        <source>CPU 1 schedules it too</source>
        <extracomment>lesson-08-same-cpu.json: step 2 title</extracomment>
        <translation>Le CPU 1 la planifie aussi</translation>
    </message>
    <message>
        <source>CPU 1 stays idle even though it could run rx right now.</source>
        <extracomment>lesson-08-same-cpu.json: step 2 text</extracomment>
        <translation>Le CPU 1 reste inactif alors qu&apos;il pourrait exécuter rx tout de suite.</translation>
    </message>
    <message>
        <source>CPU 1 is idle and also calls tasklet_schedule(rx). Where will rx run, and how often?</source>
        <extracomment>lesson-08-same-cpu.json: step 2 question</extracomment>
        <translation>Le CPU 1 est inactif et appelle lui aussi tasklet_schedule(rx). Où rx va-t-elle s&apos;exécuter, et combien de fois ?</translation>
    </message>
    <message>
        <source>Once, on CPU 0. SCHED is already set, so CPU 1&apos;s call is a no-op: nothing moves a queued tasklet to another CPU (only CPU hot-unplug does, kernel/softirq.c: takeover_tasklets()).</source>
        <extracomment>lesson-08-same-cpu.json: step 2 answer</extracomment>
        <translation>Une fois, sur le CPU 0. SCHED est déjà positionné, donc l&apos;appel du CPU 1 est sans effet : rien ne déplace une tasklet en file vers un autre CPU (seul le retrait à chaud d&apos;un CPU le fait, kernel/softirq.c: takeover_tasklets()).</translation>
    </message>
    <message>
        <source>CPU 0 runs it</source>
        <extracomment>lesson-08-same-cpu.json: step 3 title</extracomment>
        <translation>Le CPU 0 l&apos;exécute</translation>
    </message>
    <message>
        <source>local_bh_enable() on CPU 0 processes the pending TASKLET softirq in ethtool&apos;s context.</source>
        <extracomment>lesson-08-same-cpu.json: step 3 text</extracomment>
        <translation>local_bh_enable() sur le CPU 0 traite le softirq TASKLET en attente dans le contexte d&apos;ethtool.</translation>
    </message>
    <message>
        <source>Scheduled from CPU 1, run on CPU 1</source>
        <extracomment>lesson-08-same-cpu.json: step 4 title</extracomment>
        <translation>Planifiée depuis le CPU 1, exécutée sur le CPU 1</translation>
    </message>
    <message>
        <source>Now rx is idle, CPU 1&apos;s interrupt queues it on CPU 1&apos;s list and CPU 1&apos;s irq_exit() runs it on top of swapper/1.</source>
        <extracomment>lesson-08-same-cpu.json: step 4 text</extracomment>
        <translation>rx étant désormais au repos, l&apos;interruption du CPU 1 la met en file dans la liste du CPU 1 et l&apos;irq_exit() du CPU 1 l&apos;exécute par-dessus swapper/1.</translation>
    </message>
    <message>
        <source>SMP: a tasklet never runs on two CPUs at once</source>
        <extracomment>lesson-09-smp-serialization.json: title</extracomment>
        <translation>SMP : une tasklet ne s&apos;exécute jamais sur deux CPU à la fois</translation>
    </message>
    <message>
        <source>rx (300 us of work) is running on CPU 0 when an interrupt on CPU 1 schedules it again. CPU 1 queues it, but tasklet_action() cannot take the RUN lock: it puts rx back and re-raises TASKLET until CPU 0&apos;s callback returns. The second run starts on CPU 1 the moment the first one ends.</source>
        <extracomment>lesson-09-smp-serialization.json: description</extracomment>
        <translation>rx (300 us de travail) s&apos;exécute sur le CPU 0 quand une interruption sur le CPU 1 la planifie de nouveau. Le CPU 1 la met en file, mais tasklet_action() ne peut pas prendre le verrou RUN : elle remet rx dans la liste et lève de nouveau TASKLET jusqu&apos;au retour du callback sur le CPU 0. La seconde exécution démarre sur le CPU 1 à l&apos;instant même où la première se termine.</translation>
    </message>
    <message>
        <source>rx runs on CPU 0</source>
        <extracomment>lesson-09-smp-serialization.json: step 1 title</extracomment>
        <translation>rx s&apos;exécute sur le CPU 0</translation>
    </message>
    <message>
        <source>tasklet_action() clears SCHED and takes TASKLET_STATE_RUN with tasklet_trylock() before calling rx (kernel/softirq.c: tasklet_action_common()).</source>
        <extracomment>lesson-09-smp-serialization.json: step 1 text</extracomment>
        <translation>tasklet_action() efface SCHED et prend TASKLET_STATE_RUN avec tasklet_trylock() avant d&apos;appeler rx (kernel/softirq.c: tasklet_action_common()).</translation>
    </message>
    <message>
        <source>CPU 1 schedules rx while it runs</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 title</extracomment>
        <translation>Le CPU 1 planifie rx pendant qu&apos;elle s&apos;exécute</translation>
    </message>
    <message>
        <source>The trace shows tasklet_requeue events with state RUN on CPU 1.</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 text</extracomment>
        <translation>La trace montre des événements tasklet_requeue avec l&apos;état RUN sur le CPU 1.</translation>
    </message>
    <message>
        <source>SCHED is clear, so CPU 1&apos;s tasklet_schedule() queues rx on CPU 1. Will CPU 1 run it now, in parallel with CPU 0?</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 question</extracomment>
        <translation>SCHED est à zéro, donc le tasklet_schedule() du CPU 1 met rx en file sur le CPU 1. Le CPU 1 va-t-il l&apos;exécuter maintenant, en parallèle avec le CPU 0 ?</translation>
    </message>
    <message>
        <source>No. tasklet_trylock() fails because RUN is set: CPU 1 re-inserts rx and raises TASKLET again, pass after pass (first in irq_exit(), then in ksoftirqd/1), until CPU 0&apos;s tasklet_unlock(). The book, 7.5: &apos;a tasklet ... is never run by more than one CPU at once&apos;.</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 answer</extracomment>
        <translation>Non. tasklet_trylock() échoue car RUN est positionné : le CPU 1 réinsère rx et lève de nouveau TASKLET, passe après passe (d&apos;abord dans irq_exit(), puis dans ksoftirqd/1), jusqu&apos;au tasklet_unlock() du CPU 0. Le livre, 7.5 : « une tasklet [...] n&apos;est jamais exécutée par plus d&apos;un CPU à la fois ».</translation>
    </message>
    <message>
        <source>CPU 0 unlocks, CPU 1 runs</source>
        <extracomment>lesson-09-smp-serialization.json: step 3 title</extracomment>
        <translation>Le CPU 0 déverrouille, le CPU 1 exécute</translation>
    </message>
    <message>
        <source>rx returns on CPU 0 at 1.4051 ms; in the same instant ksoftirqd/1&apos;s next pass gets the lock and runs rx on CPU 1. Two runs, back to back, never overlapping: a tasklet needs no lock against itself, only against other code.</source>
        <extracomment>lesson-09-smp-serialization.json: step 3 text</extracomment>
        <translation>rx retourne sur le CPU 0 à 1.4051 ms ; au même instant, la passe suivante de ksoftirqd/1 obtient le verrou et exécute rx sur le CPU 1. Deux exécutions, l&apos;une après l&apos;autre, sans jamais se chevaucher : une tasklet n&apos;a besoin d&apos;aucun verrou contre elle-même, seulement contre le reste du code.</translation>
    </message>
    <message>
        <source>Tasklet order: LIFO in 2.6, FIFO in 6.1</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: title</extracomment>
        <translation>Ordre des tasklets : LIFO en 2.6, FIFO en 6.1</translation>
    </message>
    <message>
        <source>netd disables bottom halves, schedules tasklets a, b and c, and enables bottom halves again. Under linux-2.6.10 they run c, b, a: __tasklet_schedule() pushes at the head of the list. Run it with --profile linux-6.1 to see a, b, c: modern kernels append at the tail.</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: description</extracomment>
        <translation>netd désactive les moitiés basses, planifie les tasklets a, b et c, puis réactive les moitiés basses. Sous linux-2.6.10, elles s&apos;exécutent dans l&apos;ordre c, b, a : __tasklet_schedule() empile en tête de liste. Lancez-la avec --profile linux-6.1 pour voir a, b, c : les noyaux modernes ajoutent en queue de liste.</translation>
    </message>
    <message>
        <source>a, b, c are queued</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 1 title</extracomment>
        <translation>a, b, c sont mises en file</translation>
    </message>
    <message>
        <source>With bottom halves disabled nothing runs them yet. 2.6.10&apos;s kernel/softirq.c: __tasklet_schedule() does t-&gt;next = head; head = t: each new tasklet goes in front.</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 1 text</extracomment>
        <translation>Les moitiés basses étant désactivées, rien ne les exécute encore. Dans 2.6.10, kernel/softirq.c: __tasklet_schedule() fait t-&gt;next = head; head = t : chaque nouvelle tasklet passe devant.</translation>
    </message>
    <message>
        <source>local_bh_enable() runs the list</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 title</extracomment>
        <translation>local_bh_enable() exécute la liste</translation>
    </message>
    <message>
        <source>tasklet_action() detaches the whole list and walks it from the head. The book makes no promise about the order of different tasklets, and portable drivers must not rely on one.</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 text</extracomment>
        <translation>tasklet_action() détache toute la liste et la parcourt depuis la tête. Le livre ne promet rien sur l&apos;ordre de tasklets différentes, et les pilotes portables ne doivent pas compter sur un ordre particulier.</translation>
    </message>
    <message>
        <source>In which order do a, b and c run under linux-2.6.10? And under linux-6.1?</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 question</extracomment>
        <translation>Dans quel ordre a, b et c s&apos;exécutent-elles sous linux-2.6.10 ? Et sous linux-6.1 ?</translation>
    </message>
    <message>
        <source>2.6.10: c, b, a (LIFO, the list is a stack). 6.1: a, b, c (FIFO: since about 2.6.34 tasklet_vec has a tail pointer and __tasklet_schedule_common() appends).</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 answer</extracomment>
        <translation>2.6.10 : c, b, a (LIFO, la liste est une pile). 6.1 : a, b, c (FIFO : depuis 2.6.34 environ, tasklet_vec a un pointeur de queue et __tasklet_schedule_common() ajoute en fin de liste).</translation>
    </message>
    <message>
        <source>Top half and bottom half: a network interrupt</source>
        <extracomment>lesson-11-top-bottom-half.json: title</extracomment>
        <translation>Moitié haute et moitié basse : une interruption réseau</translation>
    </message>
    <message>
        <source>A network card interrupts twice while make keeps the CPU busy. The top half (8 us, interrupts off) only acknowledges the device, schedules the eth0_rx tasklet and wakes sshd, which waits for data. The bottom half (40 us) runs right after the handler, at irq_exit(), with interrupts on, still on top of make. sshd runs after that.</source>
        <extracomment>lesson-11-top-bottom-half.json: description</extracomment>
        <translation>Une carte réseau interrompt deux fois pendant que make occupe le CPU. La moitié haute (8 us, interruptions désactivées) se contente d&apos;acquitter le périphérique, de planifier la tasklet eth0_rx et de réveiller sshd, qui attend des données. La moitié basse (40 us) s&apos;exécute juste après le gestionnaire, dans irq_exit(), interruptions activées, toujours par-dessus make. sshd s&apos;exécute ensuite.</translation>
    </message>
    <message>
        <source>The top half</source>
        <extracomment>lesson-11-top-bottom-half.json: step 1 title</extracomment>
        <translation>La moitié haute</translation>
    </message>
    <message>
        <source>LDD3 10.4: the handler does the minimum in hard-IRQ context and defers the rest. Here it calls tasklet_schedule(eth0_rx) (from hard-IRQ context: raise without waking ksoftirqd) and wakes sshd.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 1 text</extracomment>
        <translation>LDD3 10.4 : le gestionnaire fait le minimum en contexte d&apos;IRQ matérielle et diffère le reste. Ici, il appelle tasklet_schedule(eth0_rx) (depuis le contexte d&apos;IRQ matérielle : levée sans réveil de ksoftirqd) et réveille sshd.</translation>
    </message>
    <message>
        <source>The bottom half</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 title</extracomment>
        <translation>La moitié basse</translation>
    </message>
    <message>
        <source>6.1&apos;s ksoftirqd_running() shortcut does not apply: it defers only when no HI or TASKLET bit is pending.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 text</extracomment>
        <translation>Le raccourci ksoftirqd_running() de 6.1 ne s&apos;applique pas : il ne diffère le traitement que si aucun bit HI ou TASKLET n&apos;est en attente.</translation>
    </message>
    <message>
        <source>The handler has returned. Who runs eth0_rx first: ksoftirqd/0, sshd or irq_exit()?</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 question</extracomment>
        <translation>Le gestionnaire est terminé. Qui exécute eth0_rx en premier : ksoftirqd/0, sshd ou irq_exit() ?</translation>
    </message>
    <message>
        <source>irq_exit(). kernel/softirq.c: irq_exit() sees TASKLET pending outside interrupt context and calls __do_softirq() right away, on top of the interrupted task (make), in softirq context. Only then does the scheduler switch to sshd.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 answer</extracomment>
        <translation>irq_exit(). kernel/softirq.c: irq_exit() voit TASKLET en attente hors contexte d&apos;interruption et appelle aussitôt __do_softirq(), par-dessus la tâche interrompue (make), en contexte softirq. Ce n&apos;est qu&apos;ensuite que l&apos;ordonnanceur bascule vers sshd.</translation>
    </message>
    <message>
        <source>The woken task runs</source>
        <extracomment>lesson-11-top-bottom-half.json: step 3 title</extracomment>
        <translation>La tâche réveillée s&apos;exécute</translation>
    </message>
    <message>
        <source>On the way back to user mode the scheduler switches to sshd (woken by the top half), which finds the data the bottom half prepared, then sleeps again; make continues.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 3 text</extracomment>
        <translation>Au retour vers le mode utilisateur, l&apos;ordonnanceur bascule vers sshd (réveillé par la moitié haute), qui trouve les données préparées par la moitié basse, puis se rendort ; make reprend.</translation>
    </message>
    <message>
        <source>The same again</source>
        <extracomment>lesson-11-top-bottom-half.json: step 4 title</extracomment>
        <translation>Une seconde fois</translation>
    </message>
    <message>
        <source>Every interrupt gives one top half and one tasklet run. Had a second interrupt arrived before eth0_rx ran, both would share one run (the lesson &apos;Schedule twice, run once&apos;).</source>
        <extracomment>lesson-11-top-bottom-half.json: step 4 text</extracomment>
        <translation>Chaque interruption donne une moitié haute et une exécution de tasklet. Si une seconde interruption était arrivée avant l&apos;exécution d&apos;eth0_rx, les deux auraient partagé une seule exécution (la leçon « Planifiée deux fois, exécutée une fois »).</translation>
    </message>
    <message>
        <source>Vector order, pass by pass</source>
        <extracomment>lesson-12-vector-order.json: title</extracomment>
        <translation>L&apos;ordre des vecteurs, passe par passe</translation>
    </message>
    <message>
        <source>On an idle CPU the tick raises TIMER. While TIMER&apos;s action runs (we make it take 30 us with costs.softirq_action), a network interrupt schedules the normal tasklet rx and then a keyboard interrupt schedules the hi tasklet kbd. They were not pending when the pass started, so they wait for the next pass, where HI runs before TASKLET although it was raised last.</source>
        <extracomment>lesson-12-vector-order.json: description</extracomment>
        <translation>Sur un CPU inactif, le tick lève TIMER. Pendant que l&apos;action de TIMER s&apos;exécute (nous lui faisons prendre 30 us avec costs.softirq_action), une interruption réseau planifie la tasklet normale rx, puis une interruption clavier planifie la tasklet hi kbd. Elles n&apos;étaient pas en attente au début de la passe, donc elles attendent la passe suivante, où HI s&apos;exécute avant TASKLET bien qu&apos;il ait été levé en dernier.</translation>
    </message>
    <message>
        <source>Pass 1: only TIMER</source>
        <extracomment>lesson-12-vector-order.json: step 1 title</extracomment>
        <translation>Passe 1 : seulement TIMER</translation>
    </message>
    <message>
        <source>kernel/softirq.c: __do_softirq() copies the pending mask (TIMER) and clears it, then runs each set vector in ascending order with interrupts enabled.</source>
        <extracomment>lesson-12-vector-order.json: step 1 text</extracomment>
        <translation>kernel/softirq.c: __do_softirq() copie le masque des softirqs en attente (TIMER) et l&apos;efface, puis exécute chaque vecteur positionné dans l&apos;ordre croissant, interruptions activées.</translation>
    </message>
    <message>
        <source>Interrupts inside the softirq</source>
        <extracomment>lesson-12-vector-order.json: step 2 title</extracomment>
        <translation>Des interruptions au milieu du softirq</translation>
    </message>
    <message>
        <source>The nested handlers run in hard-IRQ context on top of the softirq.</source>
        <extracomment>lesson-12-vector-order.json: step 2 text</extracomment>
        <translation>Les gestionnaires imbriqués s&apos;exécutent en contexte d&apos;IRQ matérielle par-dessus le softirq.</translation>
    </message>
    <message>
        <source>eth0 raises TASKLET at 1.01 ms, i8042 raises HI at 1.02 ms, both while TIMER&apos;s action runs. When do rx and kbd run, and in which order?</source>
        <extracomment>lesson-12-vector-order.json: step 2 question</extracomment>
        <translation>eth0 lève TASKLET à 1.01 ms, i8042 lève HI à 1.02 ms, tous deux pendant que l&apos;action de TIMER s&apos;exécute. Quand rx et kbd s&apos;exécutent-elles, et dans quel ordre ?</translation>
    </message>
    <message>
        <source>In pass 2 of the same __do_softirq(), kbd (HI = 0) first, then rx (TASKLET = 5). Pass 1 only serves the bits of its snapshot; the restart check after it finds HI|TASKLET pending. A nested irq_exit() does not start a second __do_softirq(): in_interrupt() is true.</source>
        <extracomment>lesson-12-vector-order.json: step 2 answer</extracomment>
        <translation>Dans la passe 2 du même __do_softirq() : kbd (HI = 0) d&apos;abord, puis rx (TASKLET = 5). La passe 1 ne sert que les bits de son instantané ; la vérification de relance qui la suit trouve HI|TASKLET en attente. Un irq_exit() imbriqué ne démarre pas un second __do_softirq() : in_interrupt() est vrai.</translation>
    </message>
    <message>
        <source>Pass 2: HI before TASKLET</source>
        <extracomment>lesson-12-vector-order.json: step 3 title</extracomment>
        <translation>Passe 2 : HI avant TASKLET</translation>
    </message>
    <message>
        <source>The order is the vector number, not the order of raising: HI_SOFTIRQ = 0 is served by tasklet_hi_action(), TASKLET_SOFTIRQ = 5 by tasklet_action() (include/linux/interrupt.h). That is what tasklet_hi_schedule() buys: &apos;high-priority&apos; tasklets run before timers and every other softirq.</source>
        <extracomment>lesson-12-vector-order.json: step 3 text</extracomment>
        <translation>L&apos;ordre est celui des numéros de vecteur, pas celui des levées : HI_SOFTIRQ = 0 est servi par tasklet_hi_action(), TASKLET_SOFTIRQ = 5 par tasklet_action() (include/linux/interrupt.h). Voilà ce qu&apos;apporte tasklet_hi_schedule() : les tasklets « haute priorité » s&apos;exécutent avant les timers et tous les autres softirqs.</translation>
    </message>
    <message>
        <source>local_bh_disable() and local_bh_enable()</source>
        <extracomment>lesson-13-local-bh.json: title</extracomment>
        <translation>local_bh_disable() et local_bh_enable()</translation>
    </message>
    <message>
        <source>netstat disables bottom halves on CPU 0 (as spin_lock_bh() does). A network interrupt schedules rx meanwhile: its irq_exit() may not run softirqs, and nobody wakes ksoftirqd. When netstat calls local_bh_enable(), the pending tasklet runs at once, in netstat&apos;s own context.</source>
        <extracomment>lesson-13-local-bh.json: description</extracomment>
        <translation>netstat désactive les moitiés basses sur le CPU 0 (comme le fait spin_lock_bh()). Entre-temps, une interruption réseau planifie rx : son irq_exit() n&apos;a pas le droit d&apos;exécuter les softirqs, et personne ne réveille ksoftirqd. Quand netstat appelle local_bh_enable(), la tasklet en attente s&apos;exécute aussitôt, dans le propre contexte de netstat.</translation>
    </message>
    <message>
        <source>Bottom halves off</source>
        <extracomment>lesson-13-local-bh.json: step 1 title</extracomment>
        <translation>Moitiés basses désactivées</translation>
    </message>
    <message>
        <source>local_bh_disable() adds SOFTIRQ_DISABLE_OFFSET to preempt_count (include/linux/bottom_half.h). in_interrupt() is now true in this task, although it is in process context.</source>
        <extracomment>lesson-13-local-bh.json: step 1 text</extracomment>
        <translation>local_bh_disable() ajoute SOFTIRQ_DISABLE_OFFSET à preempt_count (include/linux/bottom_half.h). in_interrupt() est maintenant vrai dans cette tâche, bien qu&apos;elle soit en contexte processus.</translation>
    </message>
    <message>
        <source>An interrupt schedules rx</source>
        <extracomment>lesson-13-local-bh.json: step 2 title</extracomment>
        <translation>Une interruption planifie rx</translation>
    </message>
    <message>
        <source>The raise comes from hard-IRQ context, so raise_softirq_irqoff() does not wake ksoftirqd, and irq_exit() skips __do_softirq() because in_interrupt() is true. rx waits.</source>
        <extracomment>lesson-13-local-bh.json: step 2 text</extracomment>
        <translation>La levée vient du contexte d&apos;IRQ matérielle, donc raise_softirq_irqoff() ne réveille pas ksoftirqd, et irq_exit() saute __do_softirq() car in_interrupt() est vrai. rx attend.</translation>
    </message>
    <message>
        <source>local_bh_enable()</source>
        <extracomment>lesson-13-local-bh.json: step 3 title</extracomment>
        <translation>local_bh_enable()</translation>
    </message>
    <message>
        <source>This is the LDD3 5.5 rule behind spin_lock_bh(): code that shares data with a tasklet disables bottom halves, and the tasklet runs as soon as the lock is released.</source>
        <extracomment>lesson-13-local-bh.json: step 3 text</extracomment>
        <translation>C&apos;est la règle de LDD3 5.5 derrière spin_lock_bh() : le code qui partage des données avec une tasklet désactive les moitiés basses, et la tasklet s&apos;exécute dès que le verrou est relâché.</translation>
    </message>
    <message>
        <source>netstat re-enables bottom halves. In which task&apos;s context does rx run?</source>
        <extracomment>lesson-13-local-bh.json: step 3 question</extracomment>
        <translation>netstat réactive les moitiés basses. Dans le contexte de quelle tâche rx s&apos;exécute-t-elle ?</translation>
    </message>
    <message>
        <source>In netstat&apos;s (pid 1900): kernel/softirq.c: __local_bh_enable_ip() calls do_softirq() as soon as the count drops to 0 and something is pending, on the caller&apos;s stack. Not ksoftirqd, which was never woken.</source>
        <extracomment>lesson-13-local-bh.json: step 3 answer</extracomment>
        <translation>Dans celui de netstat (pid 1900) : kernel/softirq.c: __local_bh_enable_ip() appelle do_softirq() dès que le compteur retombe à 0 et que quelque chose est en attente, sur la pile de l&apos;appelant. Pas dans ksoftirqd, qui n&apos;a jamais été réveillé.</translation>
    </message>
    <message>
        <source>Why tasklets are deprecated: BH workqueues (6.9)</source>
        <extracomment>lesson-14-bh-workqueue.json: title</extracomment>
        <translation>Pourquoi les tasklets sont obsolètes : les workqueues BH (6.9)</translation>
    </message>
    <message>
        <source>Since 5.9 include/linux/interrupt.h calls tasklets deprecated; 6.9 added BH workqueues as their replacement: work items that run in the same softirq, with workqueue semantics. A network interrupt schedules the legacy tasklet old_rx and queues the BH work item rx_work, in that order. Inside the TASKLET softirq the work item runs first.</source>
        <extracomment>lesson-14-bh-workqueue.json: description</extracomment>
        <translation>Depuis 5.9, include/linux/interrupt.h qualifie les tasklets d&apos;obsolètes ; 6.9 a ajouté les workqueues BH pour les remplacer : des éléments de travail qui s&apos;exécutent dans le même softirq, avec la sémantique des workqueues. Une interruption réseau planifie la tasklet historique old_rx et met en file l&apos;élément de travail BH rx_work, dans cet ordre. Dans le softirq TASKLET, l&apos;élément de travail s&apos;exécute en premier.</translation>
    </message>
    <message>
        <source>A tasklet and a BH work item</source>
        <extracomment>lesson-14-bh-workqueue.json: step 1 title</extracomment>
        <translation>Une tasklet et un élément de travail BH</translation>
    </message>
    <message>
        <source>tasklet_schedule(old_rx) queues the tasklet; queue_work(system_bh_wq, rx_work) queues the work item on the CPU&apos;s BH worker pool and raises TASKLET (kernel/workqueue.c: kick_bh_pool()).</source>
        <extracomment>lesson-14-bh-workqueue.json: step 1 text</extracomment>
        <translation>tasklet_schedule(old_rx) met la tasklet en file ; queue_work(system_bh_wq, rx_work) met l&apos;élément de travail en file dans le pool de workers BH du CPU et lève TASKLET (kernel/workqueue.c: kick_bh_pool()).</translation>
    </message>
    <message>
        <source>Who runs first?</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 title</extracomment>
        <translation>Qui s&apos;exécute en premier ?</translation>
    </message>
    <message>
        <source>Both run in softirq context on top of swapper/0, in irq_exit().</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 text</extracomment>
        <translation>Les deux s&apos;exécutent en contexte softirq par-dessus swapper/0, dans irq_exit().</translation>
    </message>
    <message>
        <source>old_rx was scheduled before rx_work. Which runs first in the TASKLET softirq?</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 question</extracomment>
        <translation>old_rx a été planifiée avant rx_work. Lequel des deux s&apos;exécute en premier dans le softirq TASKLET ?</translation>
    </message>
    <message>
        <source>rx_work. kernel/softirq.c: tasklet_action() first calls workqueue_softirq_action(false) and only then walks tasklet_vec; tasklet_hi_action() does the same with the highpri pool.</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 answer</extracomment>
        <translation>rx_work. kernel/softirq.c: tasklet_action() appelle d&apos;abord workqueue_softirq_action(false) et ne parcourt tasklet_vec qu&apos;ensuite ; tasklet_hi_action() fait de même avec le pool highpri.</translation>
    </message>
    <message>
        <source>What changes</source>
        <extracomment>lesson-14-bh-workqueue.json: step 3 title</extracomment>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>BH work items keep the softirq context of tasklets but get workqueue rules: queue_work() on a pending item is a no-op like a second tasklet_schedule(), flush and cancel (cancel_work_sync()) replace the fragile tasklet_kill(), and there is no tasklet_disable() that spins or sleeps. New code should use them, or threaded interrupts.</source>
        <extracomment>lesson-14-bh-workqueue.json: step 3 text</extracomment>
        <translation>Les éléments de travail BH conservent le contexte softirq des tasklets mais suivent les règles des workqueues : queue_work() sur un élément déjà en attente est sans effet, comme un second tasklet_schedule(), flush et cancel (cancel_work_sync()) remplacent le fragile tasklet_kill(), et il n&apos;existe pas de tasklet_disable() qui tourne en boucle ou dort. Le nouveau code devrait les utiliser, ou bien des interruptions threadées.</translation>
    </message>
    <message>
        <source>tasklet_kill() from interrupt context</source>
        <extracomment>lesson-15-kill-from-irq.json: title</extracomment>
        <translation>tasklet_kill() depuis un contexte d&apos;interruption</translation>
    </message>
    <message>
        <source>A driver calls tasklet_kill(rx) from a hard interrupt handler. rx is idle, so the call does not have to wait, but the kernel still complains: tasklet_kill() may sleep and belongs in process context. The tasklet is unaffected and runs when scheduled later.</source>
        <extracomment>lesson-15-kill-from-irq.json: description</extracomment>
        <translation>Un pilote appelle tasklet_kill(rx) depuis un gestionnaire d&apos;interruption matérielle. rx est au repos, donc l&apos;appel n&apos;a pas à attendre, mais le noyau proteste quand même : tasklet_kill() peut dormir et a sa place en contexte processus. La tasklet n&apos;est pas affectée et s&apos;exécute quand elle est planifiée plus tard.</translation>
    </message>
    <message>
        <source>Kill from a hard IRQ</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 title</extracomment>
        <translation>Tuer depuis une IRQ matérielle</translation>
    </message>
    <message>
        <source>Had rx been queued or running, the kill would have had to sleep in atomic context: &apos;BUG: scheduling while atomic&apos;.</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 text</extracomment>
        <translation>Si rx avait été en file ou en cours d&apos;exécution, kill aurait dû dormir en contexte atomique : « BUG: scheduling while atomic ».</translation>
    </message>
    <message>
        <source>rx is neither queued nor running. What does tasklet_kill() do in a hard-IRQ handler?</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 question</extracomment>
        <translation>rx n&apos;est ni en file ni en cours d&apos;exécution. Que fait tasklet_kill() dans un gestionnaire d&apos;IRQ matérielle ?</translation>
    </message>
    <message>
        <source>It prints &apos;Attempt to kill tasklet from interrupt&apos; (kernel/softirq.c: tasklet_kill(), a pr_notice() in 6.1, printk() in 2.6) because in_interrupt() is true, then carries on: SCHED was clear, so it returns at once.</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 answer</extracomment>
        <translation>Elle affiche « Attempt to kill tasklet from interrupt » (kernel/softirq.c: tasklet_kill(), un pr_notice() en 6.1, un printk() en 2.6) car in_interrupt() est vrai, puis continue : SCHED était à zéro, donc elle retourne aussitôt.</translation>
    </message>
    <message>
        <source>Still usable</source>
        <extracomment>lesson-15-kill-from-irq.json: step 2 title</extracomment>
        <translation>Toujours utilisable</translation>
    </message>
    <message>
        <source>tasklet_kill() left SCHED clear: the next tasklet_schedule() queues rx and irq_exit() runs it.</source>
        <extracomment>lesson-15-kill-from-irq.json: step 2 text</extracomment>
        <translation>tasklet_kill() a laissé SCHED à zéro : le tasklet_schedule() suivant met rx en file et irq_exit() l&apos;exécute.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TaskletLab: a deterministic simulator of Linux tasklets and softirqs.</source>
        <translation>TaskletLab : un simulateur déterministe des tasklets et softirqs de Linux.</translation>
    </message>
    <message>
        <source>Scenario file to open (default: the LDD3 busy CPU lesson).</source>
        <translation>Fichier de scénario à ouvrir (par défaut : la leçon LDD3 « CPU occupé »).</translation>
    </message>
    <message>
        <source>Kernel profile to simulate.</source>
        <translation>Profil de noyau à simuler.</translation>
    </message>
    <message>
        <source>Simulate up to this time before showing the window.</source>
        <translation>Simuler jusqu&apos;à cet instant avant d&apos;afficher la fenêtre.</translation>
    </message>
    <message>
        <source>Render the main window to this PNG file and exit.</source>
        <translation>Rendre la fenêtre principale dans ce fichier PNG et quitter.</translation>
    </message>
    <message>
        <source>User interface language (de, es, fr, zh_CN).</source>
        <translation>Langue de l&apos;interface (de, es, fr, zh_CN).</translation>
    </message>
    <message>
        <source>at most one scenario file may be given</source>
        <translation>un seul fichier de scénario au plus</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos; (try taskletlab-cli profiles)</source>
        <translation>profil inconnu « %1 » (voir taskletlab-cli profiles)</translation>
    </message>
    <message>
        <source>--run-until: %1</source>
        <translation>--run-until : %1</translation>
    </message>
    <message>
        <source>Start in presenter mode (full screen, large high-contrast text).</source>
        <translation>Démarrer en mode présentation (plein écran, grand texte à fort contraste).</translation>
    </message>
    <message>
        <source>Also open the profile comparison, e.g. ldd3-book,linux-2.6.10,linux-6.1.</source>
        <translation>Ouvrir aussi la comparaison de profils, par ex. ldd3-book,linux-2.6.10,linux-6.1.</translation>
    </message>
    <message>
        <source>--compare takes two or three profiles</source>
        <translation>--compare attend deux ou trois profils</translation>
    </message>
</context>
<context>
    <name>tlui::CompareWindow</name>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>Compare Profiles — %1</source>
        <translation>Comparaison des profils — %1</translation>
    </message>
    <message>
        <source>/proc Reads</source>
        <translation>Lectures /proc</translation>
    </message>
    <message>
        <source>Tasklet Runs</source>
        <translation>Exécutions de tasklets</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profils :</translation>
    </message>
    <message>
        <source>vs</source>
        <translation>contre</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Run the scenario under each chosen profile and compare the runs</source>
        <translation>Exécuter le scénario avec chaque profil choisi et comparer les exécutions</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show the whole of the longest run in every timeline</source>
        <translation>Afficher en entier l&apos;exécution la plus longue dans chaque chronologie</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>Copy the comparison as plain text (differing lines marked with *)</source>
        <translation>Copier la comparaison en texte brut (lignes différentes marquées d&apos;un *)</translation>
    </message>
    <message>
        <source>Choose at least two profiles to compare.</source>
        <translation>Choisissez au moins deux profils à comparer.</translation>
    </message>
    <message>
        <source>At most %1 profiles can be compared at once.</source>
        <translation>Au plus %1 profils peuvent être comparés à la fois.</translation>
    </message>
    <message>
        <source>There is no kernel profile named “%1”.</source>
        <translation>Il n&apos;existe aucun profil de noyau nommé « %1 ».</translation>
    </message>
    <message>
        <source>%1 is chosen more than once: comparing a profile with itself shows no difference. Choose different profiles.</source>
        <translation>%1 est choisi plusieurs fois : comparer un profil avec lui-même ne montre aucune différence. Choisissez des profils différents.</translation>
    </message>
    <message>
        <source>The results below are still those of %1.</source>
        <translation>Les résultats ci-dessous sont toujours ceux de %1.</translation>
    </message>
    <message>
        <source>The run under %1 reached the limit of %2 events at %3: every profile is compared over that first part of the scenario only.</source>
        <translation>L&apos;exécution avec %1 a atteint la limite de %2 événements à %3 : chaque profil n&apos;est comparé que sur cette première partie du scénario.</translation>
    </message>
    <message>
        <source>%1 cannot run this scenario: %2.</source>
        <translation>%1 ne peut pas exécuter ce scénario : %2.</translation>
    </message>
    <message>
        <source>The comparison failed: %1.</source>
        <translation>La comparaison a échoué : %1.</translation>
    </message>
    <message>
        <source>Only %1 could run this scenario: there is nothing to compare it with.</source>
        <translation>Seul %1 a pu exécuter ce scénario : il n&apos;y a rien à quoi le comparer.</translation>
    </message>
    <message>
        <source>%1 — cannot run this scenario</source>
        <translation>%1 — ne peut pas exécuter ce scénario</translation>
    </message>
    <message>
        <source>%1 — HZ %2 · events: %3 · tasklet runs: %4 · until %5</source>
        <translation>%1 — HZ %2 · événements : %3 · exécutions de tasklets : %4 · jusqu&apos;à %5</translation>
    </message>
    <message>
        <source>kernel panic: the machine stopped</source>
        <translation>panique du noyau : la machine s&apos;est arrêtée</translation>
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
        <translation>message du noyau</translation>
    </message>
    <message>
        <source>/proc read</source>
        <translation>lecture /proc</translation>
    </message>
    <message>
        <source>≠ and a coloured background: the line differs between the profiles; bold: the cell differs from %1.</source>
        <translation>≠ et fond coloré : la ligne diffère entre les profils ; gras : la cellule diffère de %1.</translation>
    </message>
    <message>
        <source>/proc Reads (%1 differing)</source>
        <translation>Lectures /proc (%1 différentes)</translation>
    </message>
    <message>
        <source>Tasklet Runs (%1 differing)</source>
        <translation>Exécutions de tasklets (%1 différentes)</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lecture %1</translation>
    </message>
    <message>
        <source>read %1: /proc/%2 by %3 on CPU%4</source>
        <translation>lecture %1 : /proc/%2 par %3 sur CPU%4</translation>
    </message>
    <message>
        <source>This line differs between the profiles</source>
        <translation>Cette ligne diffère entre les profils</translation>
    </message>
    <message>
        <source>(no such line)</source>
        <translation>(ligne absente)</translation>
    </message>
    <message>
        <source>Nothing to compare.</source>
        <translation>Rien à comparer.</translation>
    </message>
    <message>
        <source>The scenario reads no /proc file.</source>
        <translation>Le scénario ne lit aucun fichier /proc.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>tasklet %1 — runs: %2</source>
        <translation>tasklet %1 — exécutions : %2</translation>
    </message>
    <message>
        <source>This run differs between the profiles (time, CPU or context)</source>
        <translation>Cette exécution diffère entre les profils (instant, CPU ou contexte)</translation>
    </message>
    <message>
        <source>%1 · CPU%2 · %3 (pid %4)</source>
        <translation>%1 · CPU%2 · %3 (pid %4)</translation>
    </message>
    <message>
        <source>jiffies %1, %2 context</source>
        <translation>jiffies %1, contexte %2</translation>
    </message>
    <message>
        <source>(no such run)</source>
        <translation>(exécution absente)</translation>
    </message>
    <message>
        <source>Runs not shown (the table stops at %1): %2</source>
        <translation>Exécutions non affichées (le tableau s&apos;arrête à %1) : %2</translation>
    </message>
    <message>
        <source>No tasklet ran in any profile.</source>
        <translation>Aucune tasklet ne s&apos;est exécutée, quel que soit le profil.</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>statistique</translation>
    </message>
    <message>
        <source>HZ</source>
        <translation>HZ</translation>
    </message>
    <message>
        <source>simulated until</source>
        <translation>simulé jusqu&apos;à</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>tasklet runs</source>
        <translation>exécutions de tasklets</translation>
    </message>
    <message>
        <source>tasklet runs in %1</source>
        <translation>exécutions de tasklets dans %1</translation>
    </message>
    <message>
        <source>first run of %1 after scheduling</source>
        <translation>première exécution de %1 après planification</translation>
    </message>
    <message>
        <source>never ran</source>
        <translation>jamais exécutée</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <source>kernel messages</source>
        <translation>messages du noyau</translation>
    </message>
    <message>
        <source>panicked</source>
        <translation>panique du noyau</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>No chosen profile could run this scenario.</source>
        <translation>Aucun des profils choisis n&apos;a pu exécuter ce scénario.</translation>
    </message>
    <message>
        <source>/proc lines that differ: %1 of %2</source>
        <translation>lignes /proc différentes : %1 sur %2</translation>
    </message>
    <message>
        <source>tasklet runs that differ: %1 of %2</source>
        <translation>exécutions de tasklets différentes : %1 sur %2</translation>
    </message>
    <message>
        <source>%1 alone.</source>
        <translation>%1 seul.</translation>
    </message>
    <message>
        <source>%1: no /proc read and no tasklet run to compare.</source>
        <translation>%1 : aucune lecture /proc ni exécution de tasklet à comparer.</translation>
    </message>
    <message>
        <source>%1: the same /proc output and the same tasklet runs.</source>
        <translation>%1 : la même sortie /proc et les mêmes exécutions de tasklets.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no runs</source>
        <translation>aucune exécution</translation>
    </message>
    <message>
        <source>Tasklet runs by context — %1.</source>
        <translation>Exécutions de tasklets par contexte — %1.</translation>
    </message>
</context>
<context>
    <name>tlui::InspectorPanel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>process context</source>
        <translation>contexte processus</translation>
    </message>
    <message>
        <source>hard IRQ %1</source>
        <translation>IRQ matérielle %1</translation>
    </message>
    <message>
        <source>softirq</source>
        <translation>softirq</translation>
    </message>
    <message>
        <source>, vector %1</source>
        <translation>, vecteur %1</translation>
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
        <translation>contexte</translation>
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
        <translation>  champs</translation>
    </message>
    <message>
        <source>preempt %1, softirq %2, hardirq %3, nmi %4</source>
        <translation>preempt %1, softirq %2, hardirq %3, nmi %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>pending softirqs</source>
        <translation>softirqs en attente</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>ksoftirqd/%1</source>
        <translation>ksoftirqd/%1</translation>
    </message>
    <message>
        <source>runqueue (pids)</source>
        <translation>file d&apos;exécution (pids)</translation>
    </message>
</context>
<context>
    <name>tlui::IrqPanel</name>
    <message>
        <source>Hard IRQs</source>
        <translation>IRQ matérielles</translation>
    </message>
    <message>
        <source>Fire now</source>
        <translation>Déclencher</translation>
    </message>
    <message>
        <source>on</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>Ajouter une source…</translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation>Modifier la source…</translation>
    </message>
    <message>
        <source>Change the selected source (restarts the simulation)</source>
        <translation>Modifier la source choisie (redémarre la simulation)</translation>
    </message>
    <message>
        <source>Tasks (load)</source>
        <translation>Tâches (charge)</translation>
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
        <translation>état</translation>
    </message>
    <message>
        <source>waiting for</source>
        <translation>attend</translation>
    </message>
    <message>
        <source>Wake (busy)</source>
        <translation>Réveiller (occupée)</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Endormir</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>Aucun scénario n&apos;est chargé.</translation>
    </message>
    <message>
        <source>IRQ source</source>
        <translation>Source d&apos;IRQ</translation>
    </message>
    <message>
        <source> us</source>
        <translation> µs</translation>
    </message>
    <message>
        <source>tasklets, comma-separated</source>
        <translation>tasklets, séparées par des virgules</translation>
    </message>
    <message>
        <source>tasklet_hi_schedule</source>
        <translation>tasklet_hi_schedule</translation>
    </message>
    <message>
        <source>not periodic</source>
        <translation>non périodique</translation>
    </message>
    <message>
        <source>end of run</source>
        <translation>fin de l&apos;exécution</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>IRQ number</source>
        <translation>Numéro d&apos;IRQ</translation>
    </message>
    <message>
        <source>Handler runs</source>
        <translation>Durée du gestionnaire</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Planifie</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Toutes les</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <source>Random rate (Poisson)</source>
        <translation>Taux aléatoire (Poisson)</translation>
    </message>
    <message>
        <source>Add IRQ source</source>
        <translation>Ajouter une source d&apos;IRQ</translation>
    </message>
    <message>
        <source>Edit IRQ source</source>
        <translation>Modifier la source d&apos;IRQ</translation>
    </message>
</context>
<context>
    <name>tlui::JitaskletTableModel</name>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 on CPU%2 by %3 (pid %4), %5</source>
        <translation>%1 sur CPU%2 par %3 (pid %4), %5</translation>
    </message>
</context>
<context>
    <name>tlui::KernelCodePanel</name>
    <message>
        <source>Read another function of this kernel. Browsing stops following the simulation until you click Follow or step.</source>
        <translation>Lire une autre fonction de ce noyau. La navigation cesse de suivre la simulation jusqu&apos;à ce que vous cliquiez sur Suivre ou avanciez d&apos;un pas.</translation>
    </message>
    <message>
        <source>Kernel function listing</source>
        <translation>Liste des fonctions du noyau</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Show the line of kernel code that produced the latest event, at every step</source>
        <translation>Afficher, à chaque pas, la ligne de code du noyau qui a produit le dernier événement</translation>
    </message>
    <message>
        <source>Kernel code</source>
        <translation>Code du noyau</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <source>No simulation is loaded.</source>
        <translation>Aucune simulation n&apos;est chargée.</translation>
    </message>
    <message>
        <source>No event yet. Step the simulation: the kernel code that produced each event shows here, its line highlighted.</source>
        <translation>Pas encore d&apos;événement. Avancez la simulation pas à pas : le code du noyau qui a produit chaque événement s&apos;affiche ici, sa ligne en surbrillance.</translation>
    </message>
    <message>
        <source>The latest event has no kernel code listing.</source>
        <translation>Le dernier événement n&apos;a pas de code du noyau à afficher.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Our pseudo-code of %1 in %2, not kernel source</source>
        <translation>Notre pseudo-code de %1 dans %2, pas le code source du noyau</translation>
    </message>
    <message>
        <source>Event %1 at %2 on CPU%3, %4 context: %5</source>
        <translation>Événement %1 à %2 sur CPU%3, contexte %4 : %5</translation>
    </message>
    <message>
        <source>Event %1 at %2 on CPU%3, %4 context: %5 — no kernel code of its own, the highlight stays on the previous line</source>
        <translation>Événement %1 à %2 sur CPU%3, contexte %4 : %5 — pas de code du noyau propre, la surbrillance reste sur la ligne précédente</translation>
    </message>
    <message>
        <source>Every event of the last step, with the kernel line that produced it: choose one to see its line</source>
        <translation>Tous les événements du dernier pas, avec la ligne du noyau qui les a produits : choisissez-en un pour voir sa ligne</translation>
    </message>
</context>
<context>
    <name>tlui::KernelLogPanel</name>
    <message>
        <source>$ dmesg (no kernel messages yet)</source>
        <translation>$ dmesg (pas encore de message du noyau)</translation>
    </message>
    <message>
        <source>The simulated machine stopped on a fatal kernel error.</source>
        <translation>La machine simulée s&apos;est arrêtée sur une erreur fatale du noyau.</translation>
    </message>
</context>
<context>
    <name>tlui::Language</name>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>tlui::LessonLibraryDialog</name>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Kernel profile: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Profil de noyau : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n narrated step(s)</source>
        <translation>
            <numerusform>%n étape commentée</numerusform>
            <numerusform>%n étapes commentées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Predict question(s)</source>
        <translation>
            <numerusform>%n question de prédiction</numerusform>
            <numerusform>%n questions de prédiction</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tlui::LessonPanel</name>
    <message>
        <source>This scenario has no narrated steps.</source>
        <translation>Ce scénario n&apos;a pas d&apos;étapes commentées.</translation>
    </message>
    <message>
        <source>Predict:</source>
        <translation>Prédiction :</translation>
    </message>
    <message>
        <source>Double-click a step to go there (back or forward)</source>
        <translation>Double-cliquez sur une étape pour vous y rendre (en arrière ou en avant)</translation>
    </message>
    <message>
        <source>◀ Previous Step</source>
        <translation>◀ Étape précédente</translation>
    </message>
    <message>
        <source>Go back to the previous lesson step (Shift+L)</source>
        <translation>Revenir à l&apos;étape précédente de la leçon (Maj+L)</translation>
    </message>
    <message>
        <source>Next Step ▶</source>
        <translation>Étape suivante ▶</translation>
    </message>
    <message>
        <source>Run to the next lesson step (L)</source>
        <translation>Exécuter jusqu&apos;à la prochaine étape de la leçon (L)</translation>
    </message>
    <message>
        <source>Reveal Answer</source>
        <translation>Afficher la réponse</translation>
    </message>
    <message>
        <source>Add Step Here…</source>
        <translation>Ajouter une étape ici…</translation>
    </message>
    <message>
        <source>Add a narrated step at the current simulated time (kept by Save Scenario As)</source>
        <translation>Ajouter une étape commentée à l&apos;instant simulé actuel (conservée par Enregistrer le scénario sous)</translation>
    </message>
    <message>
        <source>Pause at each step</source>
        <translation>Pause à chaque étape</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Press Space to play, or &quot;Next Step&quot;.</source>
        <translation>Appuyez sur Espace pour lancer, ou sur « Étape suivante ».</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <source>Discuss, then play on (or Reveal Answer) to see what the kernel does.</source>
        <translation>Discutez, puis continuez (ou « Afficher la réponse ») pour voir ce que fait le noyau.</translation>
    </message>
    <message>
        <source>Add Lesson Step</source>
        <translation>Ajouter une étape de leçon</translation>
    </message>
</context>
<context>
    <name>tlui::MachineDialog</name>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>profile default</source>
        <translation>valeur du profil</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Kernel profile</source>
        <translation>Profil de noyau</translation>
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
        <translation>Graine</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Applying restarts the simulation from time 0.</source>
        <translation>Appliquer redémarre la simulation à l&apos;instant 0.</translation>
    </message>
    <message>
        <source>%1 (default HZ %2, ksoftirqd nice %3)</source>
        <translation>%1 (HZ par défaut %2, ksoftirqd nice %3)</translation>
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
        <translation>Lancer</translation>
    </message>
    <message>
        <source>The run has reached its end.</source>
        <translation>L&apos;exécution est terminée.</translation>
    </message>
    <message>
        <source>&amp;Open Scenario…</source>
        <translation>&amp;Ouvrir un scénario…</translation>
    </message>
    <message>
        <source>&amp;Save Scenario</source>
        <translation>&amp;Enregistrer le scénario</translation>
    </message>
    <message>
        <source>Save Scenario &amp;As…</source>
        <translation>Enregistrer le scénario &amp;sous…</translation>
    </message>
    <message>
        <source>Export Trace CSV…</source>
        <translation>Exporter la trace en CSV…</translation>
    </message>
    <message>
        <source>Export /proc Reads CSV…</source>
        <translation>Exporter les lectures /proc en CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Run / pause the simulation (Space)</source>
        <translation>Lancer / suspendre la simulation (Espace)</translation>
    </message>
    <message>
        <source>Step Event</source>
        <translation>Un événement</translation>
    </message>
    <message>
        <source>Step to Next Tick</source>
        <translation>Jusqu&apos;au prochain tick</translation>
    </message>
    <message>
        <source>Run Until…</source>
        <translation>Exécuter jusqu&apos;à…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Run to Next Tasklet Run</source>
        <translation>Jusqu&apos;à la prochaine exécution de tasklet</translation>
    </message>
    <message>
        <source>Run to Next Lesson Step</source>
        <translation>Jusqu&apos;à la prochaine étape de la leçon</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Machine…</source>
        <translation>&amp;Machine…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Follow Live</source>
        <translation>Suivre en direct</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;About TaskletLab</source>
        <translation>À &amp;propos de TaskletLab</translation>
    </message>
    <message>
        <source>Tasklets</source>
        <translation>Tasklets</translation>
    </message>
    <message>
        <source>Kernel State</source>
        <translation>État du noyau</translation>
    </message>
    <message>
        <source>IRQs and Load</source>
        <translation>IRQ et charge</translation>
    </message>
    <message>
        <source>/proc</source>
        <translation>/proc</translation>
    </message>
    <message>
        <source>Kernel Log</source>
        <translation>Journal du noyau</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Lesson</source>
        <translation>Ouvrir une &amp;leçon</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Speed </source>
        <translation>Vitesse </translation>
    </message>
    <message>
        <source>From slow motion (1 us of simulated time per second) over real time to as fast as possible</source>
        <translation>Du ralenti (1 µs de temps simulé par seconde) au temps réel, jusqu&apos;au plus vite possible</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>Profile ldd3-book: the pre-2.6.2 &quot;mask&quot; restart rule, the only one that reproduces the book&apos;s sample.</source>
        <translation>Profil ldd3-book : la règle de relance « mask » d&apos;avant 2.6.2, la seule qui reproduit l&apos;exemple du livre.</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>Aucun scénario n&apos;est chargé.</translation>
    </message>
    <message>
        <source>Unsaved session</source>
        <translation>Session non enregistrée</translation>
    </message>
    <message>
        <source>The simulation has actions that are not saved. Save the scenario (with your actions) first?</source>
        <translation>La simulation contient des actions non enregistrées. Enregistrer d&apos;abord le scénario (avec vos actions) ?</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>Enregistrer le scénario sous</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Fichiers de scénario (*.json)</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Fichiers de scénario (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Trace CSV</source>
        <translation>Exporter la trace en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export /proc Reads CSV</source>
        <translation>Exporter les lectures /proc en CSV</translation>
    </message>
    <message>
        <source>Run Until</source>
        <translation>Exécuter jusqu&apos;à</translation>
    </message>
    <message>
        <source>Simulated time (e.g. 5ms, 250us, 3j):</source>
        <translation>Temps simulé (par ex. 5ms, 250us, 3j) :</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
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
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>%1[*] — TaskletLab</source>
        <translation>%1[*] — TaskletLab</translation>
    </message>
    <message>
        <source>About TaskletLab</source>
        <translation>À propos de TaskletLab</translation>
    </message>
    <message>
        <source>&lt;b&gt;TaskletLab&lt;/b&gt;&lt;br&gt;A deterministic simulator of Linux tasklets and softirqs for teaching LDD3 chapter 7.5.&lt;br&gt;The engine owns the simulated kernel; this window shows it and records every action you make so that the session can be saved and replayed.</source>
        <translation>&lt;b&gt;TaskletLab&lt;/b&gt;&lt;br&gt;Un simulateur déterministe des tasklets et softirqs de Linux pour enseigner le chapitre 7.5 de LDD3.&lt;br&gt;Le moteur possède le noyau simulé ; cette fenêtre l&apos;affiche et enregistre chacune de vos actions pour que la session puisse être sauvegardée et rejouée.</translation>
    </message>
    <message>
        <source>Paused at lesson step %1.</source>
        <translation>En pause à l&apos;étape %1 de la leçon.</translation>
    </message>
    <message>
        <source>Previous Lesson Step</source>
        <translation>Étape précédente de la leçon</translation>
    </message>
    <message>
        <source>◀ Lesson Step</source>
        <translation>◀ Étape</translation>
    </message>
    <message>
        <source>Back to Previous Tasklet Run</source>
        <translation>Revenir à l&apos;exécution de tasklet précédente</translation>
    </message>
    <message>
        <source>◀ Tasklet Run</source>
        <translation>◀ Tasklet</translation>
    </message>
    <message>
        <source>Back to Previous Tick</source>
        <translation>Revenir au tick précédent</translation>
    </message>
    <message>
        <source>◀ Tick</source>
        <translation>◀ Tick</translation>
    </message>
    <message>
        <source>Step Back</source>
        <translation>Reculer d&apos;un événement</translation>
    </message>
    <message>
        <source>◀ Event</source>
        <translation>◀ Événement</translation>
    </message>
    <message>
        <source>Add Lesson Step Here…</source>
        <translation>Ajouter une étape de leçon ici…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Compare Profiles…</source>
        <translation>Comparer les profils…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Presenter Mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <source>Full screen, large high-contrast text, the essential panels, slow motion (F11)</source>
        <translation>Plein écran, grand texte à fort contraste, panneaux essentiels, ralenti (F11)</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Agrandir le texte</translation>
    </message>
    <message>
        <source>Ctrl+Shift++</source>
        <translation>Ctrl+Shift++</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Réduire le texte</translation>
    </message>
    <message>
        <source>Ctrl+Shift+-</source>
        <translation>Ctrl+Shift+-</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>&amp;Leçons…</translation>
    </message>
    <message>
        <source>Kernel Code</source>
        <translation>Code du noyau</translation>
    </message>
    <message>
        <source>Event ▶</source>
        <translation>Événement ▶</translation>
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
        <translation>Étape ▶</translation>
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
        <translation>Faites glisser vers n&apos;importe quel point de l&apos;exécution : en arrière par rejeu déterministe, en avant par exécution</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Presenter mode: F11 to leave, Ctrl+Shift++ / Ctrl+Shift+- for the text size.</source>
        <translation>Mode présentation : F11 pour quitter, Ctrl+Maj++ / Ctrl+Maj+- pour la taille du texte.</translation>
    </message>
</context>
<context>
    <name>tlui::ProcPanel</name>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>cat the file now on the chosen CPU (the reader is a new task &quot;cat&quot;)</source>
        <translation>Lire le fichier maintenant avec cat sur le CPU choisi (le lecteur est une nouvelle tâche « cat »)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>$ cat /proc/jitasklet</source>
        <translation>$ cat /proc/jitasklet</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>Aucun scénario n&apos;est chargé.</translation>
    </message>
    <message>
        <source>Save /proc reads as CSV</source>
        <translation>Enregistrer les lectures /proc en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Enregistrer en CSV</translation>
    </message>
</context>
<context>
    <name>tlui::SimulationController</name>
    <message>
        <source>No scenario is loaded.</source>
        <translation>Aucun scénario n&apos;est chargé.</translation>
    </message>
    <message>
        <source>The run has reached its end. Reset to start again.</source>
        <translation>L&apos;exécution est terminée. Réinitialisez pour recommencer.</translation>
    </message>
    <message>
        <source>There is no further lesson step.</source>
        <translation>Il n&apos;y a pas d&apos;autre étape dans la leçon.</translation>
    </message>
    <message>
        <source>No tasklet ran before the end of the run.</source>
        <translation>Aucune tasklet n&apos;a été exécutée avant la fin.</translation>
    </message>
    <message>
        <source>Cannot go back: %1. Use Reset instead.</source>
        <translation>Impossible de revenir en arrière : %1. Utilisez plutôt Réinitialiser.</translation>
    </message>
    <message>
        <source>Already at the start of the run.</source>
        <translation>Déjà au début de l&apos;exécution.</translation>
    </message>
    <message>
        <source>No tasklet ran before this point.</source>
        <translation>Aucune tasklet n&apos;a été exécutée avant ce point.</translation>
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
        <translation>temps réel</translation>
    </message>
    <message>
        <source>%1 per s</source>
        <translation>%1 par s</translation>
    </message>
</context>
<context>
    <name>tlui::State</name>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>runnable</source>
        <translation>exécutable</translation>
    </message>
    <message>
        <source>sleeping (S)</source>
        <translation>endormie (S)</translation>
    </message>
    <message>
        <source>sleeping (D)</source>
        <translation>endormie (D)</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>morte</translation>
    </message>
</context>
<context>
    <name>tlui::StepDialog</name>
    <message>
        <source>Add Lesson Step</source>
        <translation>Ajouter une étape de leçon</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Instant :</translation>
    </message>
    <message>
        <source>e.g. The tasklet runs in ksoftirqd</source>
        <translation>par ex. La tasklet s&apos;exécute dans ksoftirqd</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>What happens here, which kernel rule acts and where it lives (book section, kernel function).</source>
        <translation>Ce qui se passe ici, quelle règle du noyau agit et où elle se trouve (section du livre, fonction du noyau).</translation>
    </message>
    <message>
        <source>&amp;Narration:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>Optional: a question for the class before the step plays</source>
        <translation>Facultatif : une question pour la classe avant l&apos;exécution de l&apos;étape</translation>
    </message>
    <message>
        <source>&amp;Predict:</source>
        <translation>&amp;Prédiction :</translation>
    </message>
    <message>
        <source>Revealed once the step has been played</source>
        <translation>Affichée une fois l&apos;étape exécutée</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Réponse :</translation>
    </message>
    <message>
        <source>Give the step a title or a narration.</source>
        <translation>Donnez à l&apos;étape un titre ou un commentaire.</translation>
    </message>
    <message>
        <source>An answer needs a question.</source>
        <translation>Une réponse nécessite une question.</translation>
    </message>
</context>
<context>
    <name>tlui::TaskletPanel</name>
    <message>
        <source>Call on CPU</source>
        <translation>Appel sur CPU</translation>
    </message>
    <message>
        <source>from</source>
        <translation>depuis</translation>
    </message>
    <message>
        <source>process context</source>
        <translation>contexte processus</translation>
    </message>
    <message>
        <source>hard IRQ</source>
        <translation>IRQ matérielle</translation>
    </message>
    <message>
        <source>Call %1() on the selected tasklet now, on the chosen CPU</source>
        <translation>Appeler %1() maintenant sur la tasklet choisie, sur le CPU choisi</translation>
    </message>
    <message>
        <source>New tasklet…</source>
        <translation>Nouvelle tasklet…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected tasklet (restarts the simulation without it)</source>
        <translation>Supprimer la tasklet choisie (redémarre la simulation sans elle)</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>Select a tasklet first.</source>
        <translation>Choisissez d&apos;abord une tasklet.</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>Aucun scénario n&apos;est chargé.</translation>
    </message>
    <message>
        <source>There is no tasklet %1 in the scenario.</source>
        <translation>Le scénario ne contient pas de tasklet %1.</translation>
    </message>
    <message>
        <source>New tasklet</source>
        <translation>Nouvelle tasklet</translation>
    </message>
    <message>
        <source> us</source>
        <translation> µs</translation>
    </message>
    <message>
        <source>DECLARE_TASKLET_DISABLED (count starts at 1)</source>
        <translation>DECLARE_TASKLET_DISABLED (count commence à 1)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>How many times the callback schedules itself again (-1: always)</source>
        <translation>Combien de fois le callback se replanifie (-1 : toujours)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Work per run</source>
        <translation>Travail par exécution</translation>
    </message>
    <message>
        <source>Reschedules itself</source>
        <translation>Se replanifie</translation>
    </message>
    <message>
        <source>Remove tasklet</source>
        <translation>Supprimer la tasklet</translation>
    </message>
    <message>
        <source>Remove tasklet %1? The simulation restarts from time 0 without it.</source>
        <translation>Supprimer la tasklet %1 ? La simulation redémarre à l&apos;instant 0 sans elle.</translation>
    </message>
</context>
<context>
    <name>tlui::TaskletTableModel</name>
    <message>
        <source> (jit module)</source>
        <translation> (module jit)</translation>
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
        <translation>TASKLET_STATE_SCHED : dans la liste d&apos;un CPU et pas encore démarrée</translation>
    </message>
    <message>
        <source>TASKLET_STATE_RUN: the callback is executing (SMP only)</source>
        <translation>TASKLET_STATE_RUN : le callback s&apos;exécute (SMP seulement)</translation>
    </message>
    <message>
        <source>Disable count: the tasklet runs only when it is 0</source>
        <translation>Compteur de désactivation : la tasklet ne s&apos;exécute que s&apos;il vaut 0</translation>
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
        <translation>En file sur</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Running on</source>
        <translation>S&apos;exécute sur</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
</context>
<context>
    <name>tlui::Timeline</name>
    <message>
        <source>not started</source>
        <translation>pas démarré</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>ksoftirqd</source>
        <translation>ksoftirqd</translation>
    </message>
    <message>
        <source>softirq processing</source>
        <translation>traitement des softirqs</translation>
    </message>
    <message>
        <source>hard IRQ</source>
        <translation>IRQ matérielle</translation>
    </message>
    <message>
        <source>softirq vector</source>
        <translation>vecteur de softirq</translation>
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
        <translation>temps : %1 (jiffies %2)</translation>
    </message>
    <message>
        <source>CPU%1, context %2</source>
        <translation>CPU%1, contexte %2</translation>
    </message>
    <message>
        <source>current: %1 (pid %2)</source>
        <translation>current : %1 (pid %2)</translation>
    </message>
    <message>
        <source>tasklet state: %1</source>
        <translation>état de la tasklet : %1</translation>
    </message>
    <message>
        <source>vector %1</source>
        <translation>vecteur %1</translation>
    </message>
    <message>
        <source>CPU%1, from %2 to %3</source>
        <translation>CPU%1, de %2 à %3</translation>
    </message>
    <message>
        <source>duration %1, jiffies %2</source>
        <translation>durée %1, jiffies %2</translation>
    </message>
    <message>
        <source>in task %1</source>
        <translation>dans la tâche %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>queued by this call</source>
        <translation>mise en file par cet appel</translation>
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
        <translation>message du noyau</translation>
    </message>
    <message>
        <source>/proc read</source>
        <translation>lecture /proc</translation>
    </message>
    <message>
        <source>simulated time</source>
        <translation>temps simulé</translation>
    </message>
    <message>
        <source>jiffies (ticks)</source>
        <translation>jiffies (ticks)</translation>
    </message>
    <message>
        <source>CPU lanes</source>
        <translation>Couloirs des CPU</translation>
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
        <translation>Molette ou +/- : zoom · glisser ou flèches : déplacer · Maj+glisser : zoomer sur la zone · Début : tout · F : suivre en direct · A/B : repères à la souris · clic : sélectionner</translation>
    </message>
    <message>
        <source>→ runs at %1 on CPU%2</source>
        <translation>→ s&apos;exécute à %1 sur CPU%2</translation>
    </message>
    <message>
        <source>→ has not run yet</source>
        <translation>→ ne s&apos;est pas encore exécutée</translation>
    </message>
    <message>
        <source>← scheduled at %1 on CPU%2</source>
        <translation>← planifiée à %1 sur CPU%2</translation>
    </message>
</context>
</TS>
