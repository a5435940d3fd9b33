<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>TaskletLab: a deterministic simulator of Linux tasklets and softirqs.</source>
        <translation>TaskletLab：Linux tasklet 与 softirq 的确定性模拟器。</translation>
    </message>
    <message>
        <source>Scenario file to open (default: the LDD3 busy CPU lesson).</source>
        <translation>要打开的场景文件（默认：LDD3“繁忙 CPU”课程）。</translation>
    </message>
    <message>
        <source>Kernel profile to simulate.</source>
        <translation>要模拟的内核配置。</translation>
    </message>
    <message>
        <source>Simulate up to this time before showing the window.</source>
        <translation>在显示窗口前模拟到此时间。</translation>
    </message>
    <message>
        <source>Render the main window to this PNG file and exit.</source>
        <translation>将主窗口渲染到此 PNG 文件并退出。</translation>
    </message>
    <message>
        <source>User interface language (de, es, fr, zh_CN).</source>
        <translation>界面语言（de、es、fr、zh_CN）。</translation>
    </message>
    <message>
        <source>at most one scenario file may be given</source>
        <translation>最多只能指定一个场景文件</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos; (try taskletlab-cli profiles)</source>
        <translation>未知配置“%1”（请运行 taskletlab-cli profiles）</translation>
    </message>
    <message>
        <source>--run-until: %1</source>
        <translation>--run-until：%1</translation>
    </message>
</context>
<context>
    <name>tlui::InspectorPanel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>process context</source>
        <translation>进程上下文</translation>
    </message>
    <message>
        <source>hard IRQ %1</source>
        <translation>硬中断 %1</translation>
    </message>
    <message>
        <source>softirq</source>
        <translation>软中断</translation>
    </message>
    <message>
        <source>, vector %1</source>
        <translation>，向量 %1</translation>
    </message>
    <message>
        <source>, tasklet %1</source>
        <translation>，tasklet %1</translation>
    </message>
    <message>
        <source>%1 — %2 (pid %3)</source>
        <translation>%1 — %2（pid %3）</translation>
    </message>
    <message>
        <source>context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current（当前任务）</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <source>  fields</source>
        <translation>  字段</translation>
    </message>
    <message>
        <source>preempt %1, softirq %2, hardirq %3, nmi %4</source>
        <translation>preempt %1，softirq %2，hardirq %3，nmi %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>pending softirqs</source>
        <translation>待处理软中断</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>ksoftirqd/%1</source>
        <translation>ksoftirqd/%1</translation>
    </message>
    <message>
        <source>runqueue (pids)</source>
        <translation>运行队列（pid）</translation>
    </message>
</context>
<context>
    <name>tlui::IrqPanel</name>
    <message>
        <source>Hard IRQs</source>
        <translation>硬中断</translation>
    </message>
    <message>
        <source>Fire now</source>
        <translation>立即触发</translation>
    </message>
    <message>
        <source>on</source>
        <translation>于</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>添加中断源…</translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation>编辑中断源…</translation>
    </message>
    <message>
        <source>Change the selected source (restarts the simulation)</source>
        <translation>修改所选中断源（重新开始模拟）</translation>
    </message>
    <message>
        <source>Tasks (load)</source>
        <translation>任务（负载）</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <source>waiting for</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Wake (busy)</source>
        <translation>唤醒（繁忙）</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>睡眠</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>未加载场景。</translation>
    </message>
    <message>
        <source>IRQ source</source>
        <translation>中断源</translation>
    </message>
    <message>
        <source> us</source>
        <translation> 微秒</translation>
    </message>
    <message>
        <source>tasklets, comma-separated</source>
        <translation>tasklet，以逗号分隔</translation>
    </message>
    <message>
        <source>tasklet_hi_schedule</source>
        <translation>tasklet_hi_schedule</translation>
    </message>
    <message>
        <source>not periodic</source>
        <translation>非周期</translation>
    </message>
    <message>
        <source>end of run</source>
        <translation>运行结束</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>IRQ number</source>
        <translation>中断号</translation>
    </message>
    <message>
        <source>Handler runs</source>
        <translation>处理函数运行时长</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>每隔</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>直到</translation>
    </message>
    <message>
        <source>Random rate (Poisson)</source>
        <translation>随机速率（泊松）</translation>
    </message>
    <message>
        <source>Add IRQ source</source>
        <translation>添加中断源</translation>
    </message>
    <message>
        <source>Edit IRQ source</source>
        <translation>编辑中断源</translation>
    </message>
</context>
<context>
    <name>tlui::JitaskletTableModel</name>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>%1 on CPU%2 by %3 (pid %4), %5</source>
        <translation>%1，CPU%2，读者 %3（pid %4），%5</translation>
    </message>
</context>
<context>
    <name>tlui::KernelLogPanel</name>
    <message>
        <source>$ dmesg (no kernel messages yet)</source>
        <translation>$ dmesg（尚无内核消息）</translation>
    </message>
    <message>
        <source>The simulated machine stopped on a fatal kernel error.</source>
        <translation>模拟机器因致命内核错误而停止。</translation>
    </message>
</context>
<context>
    <name>tlui::LessonPanel</name>
    <message>
        <source>Run to the next step</source>
        <translation>运行到下一步</translation>
    </message>
    <message>
        <source>This scenario has no narrated steps.</source>
        <translation>此场景没有讲解步骤。</translation>
    </message>
    <message>
        <source>Press Space to play, or &quot;Run to the next step&quot;.</source>
        <translation>按空格键播放，或点击“运行到下一步”。</translation>
    </message>
    <message>
        <source>Predict:</source>
        <translation>预测：</translation>
    </message>
</context>
<context>
    <name>tlui::MachineDialog</name>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>profile default</source>
        <translation>配置默认值</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Kernel profile</source>
        <translation>内核配置</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU 数</translation>
    </message>
    <message>
        <source>HZ</source>
        <translation>HZ</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Applying restarts the simulation from time 0.</source>
        <translation>应用后模拟将从时间 0 重新开始。</translation>
    </message>
    <message>
        <source>%1 (default HZ %2, ksoftirqd nice %3)</source>
        <translation>%1（默认 HZ %2，ksoftirqd nice %3）</translation>
    </message>
</context>
<context>
    <name>tlui::MainWindow</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>The run has reached its end.</source>
        <translation>运行已结束。</translation>
    </message>
    <message>
        <source>&amp;Open Scenario…</source>
        <translation>打开场景(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save Scenario</source>
        <translation>保存场景(&amp;S)</translation>
    </message>
    <message>
        <source>Save Scenario &amp;As…</source>
        <translation>场景另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Export Trace CSV…</source>
        <translation>导出跟踪 CSV…</translation>
    </message>
    <message>
        <source>Export /proc Reads CSV…</source>
        <translation>导出 /proc 读取 CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Run / pause the simulation (Space)</source>
        <translation>运行/暂停模拟（空格）</translation>
    </message>
    <message>
        <source>Step Event</source>
        <translation>单步事件</translation>
    </message>
    <message>
        <source>Step to Next Tick</source>
        <translation>运行到下一个时钟节拍</translation>
    </message>
    <message>
        <source>Run Until…</source>
        <translation>运行到…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Run to Next Tasklet Run</source>
        <translation>运行到下一次 tasklet 执行</translation>
    </message>
    <message>
        <source>Run to Next Lesson Step</source>
        <translation>运行到下一课程步骤</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Machine…</source>
        <translation>机器(&amp;M)…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>缩放到全部</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Follow Live</source>
        <translation>实时跟随</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;About TaskletLab</source>
        <translation>关于 TaskletLab(&amp;A)</translation>
    </message>
    <message>
        <source>Tasklets</source>
        <translation>Tasklet</translation>
    </message>
    <message>
        <source>Kernel State</source>
        <translation>内核状态</translation>
    </message>
    <message>
        <source>IRQs and Load</source>
        <translation>中断与负载</translation>
    </message>
    <message>
        <source>/proc</source>
        <translation>/proc</translation>
    </message>
    <message>
        <source>Kernel Log</source>
        <translation>内核日志</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Lesson</source>
        <translation>打开课程(&amp;L)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Speed </source>
        <translation>速度 </translation>
    </message>
    <message>
        <source>From slow motion (1 us of simulated time per second) over real time to as fast as possible</source>
        <translation>从慢动作（每秒 1 微秒模拟时间）到实时，再到尽可能快</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Profile ldd3-book: the pre-2.6.2 &quot;mask&quot; restart rule, the only one that reproduces the book&apos;s sample.</source>
        <translation>配置 ldd3-book：2.6.2 之前的“mask”重启规则，唯一能重现书中示例的规则。</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>未加载场景。</translation>
    </message>
    <message>
        <source>Unsaved session</source>
        <translation>会话未保存</translation>
    </message>
    <message>
        <source>The simulation has actions that are not saved. Save the scenario (with your actions) first?</source>
        <translation>模拟中有未保存的操作。是否先保存场景（包括您的操作）？</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>场景另存为</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>场景文件 (*.json)</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>场景文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Trace CSV</source>
        <translation>导出跟踪 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export /proc Reads CSV</source>
        <translation>导出 /proc 读取 CSV</translation>
    </message>
    <message>
        <source>Run Until</source>
        <translation>运行到</translation>
    </message>
    <message>
        <source>Simulated time (e.g. 5ms, 250us, 3j):</source>
        <translation>模拟时间（例如 5ms、250us、3j）：</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>配置 %1</translation>
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
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] — TaskletLab</source>
        <translation>%1[*] — TaskletLab</translation>
    </message>
    <message>
        <source>About TaskletLab</source>
        <translation>关于 TaskletLab</translation>
    </message>
    <message>
        <source>&lt;b&gt;TaskletLab&lt;/b&gt;&lt;br&gt;A deterministic simulator of Linux tasklets and softirqs for teaching LDD3 chapter 7.5.&lt;br&gt;The engine owns the simulated kernel; this window shows it and records every action you make so that the session can be saved and replayed.</source>
        <translation>&lt;b&gt;TaskletLab&lt;/b&gt;&lt;br&gt;用于讲授 LDD3 第 7.5 章的 Linux tasklet 与 softirq 确定性模拟器。&lt;br&gt;引擎拥有被模拟的内核；本窗口显示它，并记录您的每个操作，以便保存并重放会话。</translation>
    </message>
</context>
<context>
    <name>tlui::ProcPanel</name>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>cat the file now on the chosen CPU (the reader is a new task &quot;cat&quot;)</source>
        <translation>立即在所选 CPU 上用 cat 读取该文件（读者是新任务“cat”）</translation>
    </message>
    <message>
        <source>on</source>
        <translation>于</translation>
    </message>
    <message>
        <source>$ cat /proc/jitasklet</source>
        <translation>$ cat /proc/jitasklet</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>未加载场景。</translation>
    </message>
    <message>
        <source>Save /proc reads as CSV</source>
        <translation>将 /proc 读取保存为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>另存为 CSV</translation>
    </message>
</context>
<context>
    <name>tlui::SimulationController</name>
    <message>
        <source>No scenario is loaded.</source>
        <translation>未加载场景。</translation>
    </message>
    <message>
        <source>The run has reached its end. Reset to start again.</source>
        <translation>运行已结束。请重置以重新开始。</translation>
    </message>
    <message>
        <source>There is no further lesson step.</source>
        <translation>没有更多课程步骤。</translation>
    </message>
    <message>
        <source>No tasklet ran before the end of the run.</source>
        <translation>直到运行结束都没有 tasklet 执行。</translation>
    </message>
</context>
<context>
    <name>tlui::Speed</name>
    <message>
        <source>max</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>%1 per s</source>
        <translation>每秒 %1</translation>
    </message>
</context>
<context>
    <name>tlui::State</name>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>runnable</source>
        <translation>可运行</translation>
    </message>
    <message>
        <source>sleeping (S)</source>
        <translation>睡眠（S）</translation>
    </message>
    <message>
        <source>sleeping (D)</source>
        <translation>睡眠（D）</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>已退出</translation>
    </message>
</context>
<context>
    <name>tlui::TaskletPanel</name>
    <message>
        <source>Call on CPU</source>
        <translation>调用于 CPU</translation>
    </message>
    <message>
        <source>from</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>process context</source>
        <translation>进程上下文</translation>
    </message>
    <message>
        <source>hard IRQ</source>
        <translation>硬中断</translation>
    </message>
    <message>
        <source>Call %1() on the selected tasklet now, on the chosen CPU</source>
        <translation>立即在所选 CPU 上对所选 tasklet 调用 %1()</translation>
    </message>
    <message>
        <source>New tasklet…</source>
        <translation>新建 tasklet…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected tasklet (restarts the simulation without it)</source>
        <translation>删除所选 tasklet（不含它重新开始模拟）</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>Select a tasklet first.</source>
        <translation>请先选择一个 tasklet。</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>未加载场景。</translation>
    </message>
    <message>
        <source>There is no tasklet %1 in the scenario.</source>
        <translation>场景中没有 tasklet %1。</translation>
    </message>
    <message>
        <source>New tasklet</source>
        <translation>新建 tasklet</translation>
    </message>
    <message>
        <source> us</source>
        <translation> 微秒</translation>
    </message>
    <message>
        <source>DECLARE_TASKLET_DISABLED (count starts at 1)</source>
        <translation>DECLARE_TASKLET_DISABLED（count 从 1 开始）</translation>
    </message>
    <message>
        <source>always</source>
        <translation>总是</translation>
    </message>
    <message>
        <source>How many times the callback schedules itself again (-1: always)</source>
        <translation>回调函数再次调度自身的次数（-1：总是）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Work per run</source>
        <translation>每次运行的工作量</translation>
    </message>
    <message>
        <source>Reschedules itself</source>
        <translation>自我重新调度</translation>
    </message>
    <message>
        <source>Remove tasklet</source>
        <translation>删除 tasklet</translation>
    </message>
    <message>
        <source>Remove tasklet %1? The simulation restarts from time 0 without it.</source>
        <translation>删除 tasklet %1？模拟将不含它从时间 0 重新开始。</translation>
    </message>
</context>
<context>
    <name>tlui::TaskletTableModel</name>
    <message>
        <source> (jit module)</source>
        <translation>（jit 模块）</translation>
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
        <translation>TASKLET_STATE_SCHED：已加入某 CPU 的链表且尚未开始</translation>
    </message>
    <message>
        <source>TASKLET_STATE_RUN: the callback is executing (SMP only)</source>
        <translation>TASKLET_STATE_RUN：回调正在执行（仅 SMP）</translation>
    </message>
    <message>
        <source>Disable count: the tasklet runs only when it is 0</source>
        <translation>禁用计数：仅当其为 0 时 tasklet 才会运行</translation>
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
        <translation>所在队列</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Running on</source>
        <translation>运行于</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作量</translation>
    </message>
</context>
<context>
    <name>tlui::Timeline</name>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>ksoftirqd</source>
        <translation>ksoftirqd</translation>
    </message>
    <message>
        <source>softirq processing</source>
        <translation>软中断处理</translation>
    </message>
    <message>
        <source>hard IRQ</source>
        <translation>硬中断</translation>
    </message>
    <message>
        <source>softirq vector</source>
        <translation>软中断向量</translation>
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
        <translation>时间：%1（jiffies %2）</translation>
    </message>
    <message>
        <source>CPU%1, context %2</source>
        <translation>CPU%1，上下文 %2</translation>
    </message>
    <message>
        <source>current: %1 (pid %2)</source>
        <translation>当前任务：%1（pid %2）</translation>
    </message>
    <message>
        <source>tasklet state: %1</source>
        <translation>tasklet 状态：%1</translation>
    </message>
    <message>
        <source>vector %1</source>
        <translation>向量 %1</translation>
    </message>
    <message>
        <source>CPU%1, from %2 to %3</source>
        <translation>CPU%1，从 %2 到 %3</translation>
    </message>
    <message>
        <source>duration %1, jiffies %2</source>
        <translation>时长 %1，jiffies %2</translation>
    </message>
    <message>
        <source>in task %1</source>
        <translation>在任务 %1 中</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>queued by this call</source>
        <translation>由本次调用加入队列</translation>
    </message>
</context>
<context>
    <name>tlui::TimelineView</name>
    <message>
        <source>raise</source>
        <translation>触发（raise）</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>调度（schedule）</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>禁用（disable）</translation>
    </message>
    <message>
        <source>enable</source>
        <translation>启用（enable）</translation>
    </message>
    <message>
        <source>kill</source>
        <translation>终止（kill）</translation>
    </message>
    <message>
        <source>kernel message</source>
        <translation>内核消息</translation>
    </message>
    <message>
        <source>/proc read</source>
        <translation>/proc 读取</translation>
    </message>
    <message>
        <source>simulated time</source>
        <translation>模拟时间</translation>
    </message>
    <message>
        <source>jiffies (ticks)</source>
        <translation>jiffies（时钟节拍）</translation>
    </message>
    <message>
        <source>CPU lanes</source>
        <translation>CPU 泳道</translation>
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
        <translation>Δt = %1 ns（%2），%3 个 jiffies</translation>
    </message>
    <message>
        <source>Wheel or +/-: zoom · drag or arrow keys: pan · Shift+drag: zoom to area · Home: fit · F: follow live · A/B: set markers at the mouse · click: select</source>
        <translation>滚轮或 +/-：缩放 · 拖动或方向键：平移 · Shift+拖动：缩放到区域 · Home：全部 · F：实时跟随 · A/B：在鼠标处设置标记 · 点击：选择</translation>
    </message>
    <message>
        <source>→ runs at %1 on CPU%2</source>
        <translation>→ 于 %1 在 CPU%2 上运行</translation>
    </message>
    <message>
        <source>→ has not run yet</source>
        <translation>→ 尚未运行</translation>
    </message>
    <message>
        <source>← scheduled at %1 on CPU%2</source>
        <translation>← 于 %1 在 CPU%2 上被调度</translation>
    </message>
</context>
</TS>
