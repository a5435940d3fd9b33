<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
    <name>tlui::LessonPanel</name>
    <message>
        <source>Run to the next step</source>
        <translation>Ejecutar hasta el siguiente paso</translation>
    </message>
    <message>
        <source>This scenario has no narrated steps.</source>
        <translation>Este escenario no tiene pasos narrados.</translation>
    </message>
    <message>
        <source>Press Space to play, or &quot;Run to the next step&quot;.</source>
        <translation>Pulse Espacio para reproducir, o «Ejecutar hasta el siguiente paso».</translation>
    </message>
    <message>
        <source>Predict:</source>
        <translation>Predicción:</translation>
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
