<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <name>tlui::LessonPanel</name>
    <message>
        <source>Run to the next step</source>
        <translation>Bis zum nächsten Schritt laufen</translation>
    </message>
    <message>
        <source>This scenario has no narrated steps.</source>
        <translation>Dieses Szenario hat keine erläuterten Schritte.</translation>
    </message>
    <message>
        <source>Press Space to play, or &quot;Run to the next step&quot;.</source>
        <translation>Leertaste startet, oder „Bis zum nächsten Schritt laufen“.</translation>
    </message>
    <message>
        <source>Predict:</source>
        <translation>Vorhersage:</translation>
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
