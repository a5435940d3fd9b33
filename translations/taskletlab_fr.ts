<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
    <name>tlui::LessonPanel</name>
    <message>
        <source>Run to the next step</source>
        <translation>Aller à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>This scenario has no narrated steps.</source>
        <translation>Ce scénario n&apos;a pas d&apos;étapes commentées.</translation>
    </message>
    <message>
        <source>Press Space to play, or &quot;Run to the next step&quot;.</source>
        <translation>Appuyez sur Espace pour lancer, ou « Aller à l&apos;étape suivante ».</translation>
    </message>
    <message>
        <source>Predict:</source>
        <translation>Prédiction :</translation>
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
