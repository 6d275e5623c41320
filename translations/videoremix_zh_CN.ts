<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About VideoRemix</source>
        <translation>关于 VideoRemix</translation>
    </message>
    <message>
        <source>VideoRemix</source>
        <translation>VideoRemix</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Remix your videos through an OpenAI-compatible video gateway.</source>
        <translation>通过兼容 OpenAI 的视频网关重制你的视频。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>基于 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
    <message>
        <source>Released under the MIT License.</source>
        <translation>以 MIT 许可证发布。</translation>
    </message>
    <message>
        <source>Source code: %1</source>
        <translation>源代码：%1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>The answer was empty.</source>
        <translation>响应为空。</translation>
    </message>
    <message>
        <source>The answer is not a JSON object: %1</source>
        <translation>响应不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>The answer does not describe a video.</source>
        <translation>响应中没有视频信息。</translation>
    </message>
    <message>
        <source>The answer is not a list of videos.</source>
        <translation>响应不是视频列表。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the gateway at %1.</source>
        <translation>无法连接网关 %1。</translation>
    </message>
    <message>
        <source>The gateway at %1 did not answer in time.</source>
        <translation>网关 %1 未及时响应。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>与 %1 的安全连接失败：证书不受信任。</translation>
    </message>
    <message>
        <source>The gateway answered with HTTP %1 and a web page instead of an API response.</source>
        <translation>网关返回了 HTTP %1 和一个网页，而不是 API 响应。</translation>
    </message>
    <message>
        <source>The gateway answered with HTTP %1: %2</source>
        <translation>网关返回 HTTP %1：%2</translation>
    </message>
    <message>
        <source>The gateway answered with HTTP %1.</source>
        <translation>网关返回 HTTP %1。</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer to the remix was incomplete. It may or may not have been created.</source>
        <translation>网关对重制请求的响应不完整，任务可能已创建，也可能没有。</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was incomplete or not understood.</source>
        <translation>网关的响应不完整或无法识别。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent. The job may or may not have been created.</source>
        <translation>请求发出后连接中断，任务可能已创建，也可能没有。</translation>
    </message>
    <message>
        <source>The gateway did not answer in time after the request was sent. The job may or may not have been created.</source>
        <translation>请求发出后网关未能及时回应，任务可能已创建，也可能没有。</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--lang takes zh or en.</source>
        <translation>--lang 只接受 zh 或 en。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>%1 takes exactly one video ID.</source>
        <translation>%1 需要且只需要一个视频 ID。</translation>
    </message>
    <message>
        <source>%1 takes no video ID.</source>
        <translation>%1 不接受视频 ID。</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2.</source>
        <translation>--%1 不适用于 %2。</translation>
    </message>
    <message>
        <source>remix needs --prompt TEXT.</source>
        <translation>remix 需要 --prompt TEXT。</translation>
    </message>
    <message>
        <source>download needs --output FILE.</source>
        <translation>download 需要 --output FILE。</translation>
    </message>
    <message>
        <source>--variant takes video, thumbnail or spritesheet.</source>
        <translation>--variant 只接受 video、thumbnail 或 spritesheet。</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to %1.</source>
        <translation>--limit 需要 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>--status takes one of: %1.</source>
        <translation>--status 只接受以下之一：%1。</translation>
    </message>
    <message>
        <source>--poll-interval takes a positive number of seconds, such as 0.5.</source>
        <translation>--poll-interval 需要正的秒数，例如 0.5。</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds, such as 30 or 0.5.</source>
        <translation>--timeout 需要正的秒数，例如 30 或 0.5。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL.</source>
        <translation>“%1”不是 http 或 https 网址。</translation>
    </message>
    <message>
        <source>  %1: sizes %2; seconds %3
</source>
        <translation>  %1：尺寸 %2；时长（秒）%3
</translation>
    </message>
    <message>
        <source>Usage:
  videoremix-cli [options] create --prompt TEXT [--model NAME] [--seconds N] [--size WxH]
                 [--image FILE] [--count N] [--wait] [--download PATH]
  videoremix-cli [options] remix VIDEO_ID --prompt TEXT [--size WxH] [--count N] [--wait]
                 [--download PATH]
  videoremix-cli [options] status VIDEO_ID
  videoremix-cli [options] wait VIDEO_ID [--download FILE]
  videoremix-cli [options] download VIDEO_ID [--variant video|thumbnail|spritesheet] --output FILE
  videoremix-cli [options] list [--limit N] [--after VIDEO_ID]
  videoremix-cli [options] delete VIDEO_ID
  videoremix-cli [options] history [--search TEXT] [--status STATE] [--limit N]
  videoremix-cli profiles
</source>
        <translation>用法：
  videoremix-cli [选项] create --prompt TEXT [--model NAME] [--seconds N] [--size WxH]
                 [--image FILE] [--count N] [--wait] [--download PATH]
  videoremix-cli [选项] remix VIDEO_ID --prompt TEXT [--size WxH] [--count N] [--wait]
                 [--download PATH]
  videoremix-cli [选项] status VIDEO_ID
  videoremix-cli [选项] wait VIDEO_ID [--download FILE]
  videoremix-cli [选项] download VIDEO_ID [--variant video|thumbnail|spritesheet] --output FILE
  videoremix-cli [选项] list [--limit N] [--after VIDEO_ID]
  videoremix-cli [选项] delete VIDEO_ID
  videoremix-cli [选项] history [--search TEXT] [--status STATE] [--limit N]
  videoremix-cli profiles
</translation>
    </message>
    <message>
        <source>Options:
  --profile NAME          a gateway profile from the app&apos;s settings (default: the active one)
  --base-url URL          the gateway (else VIDEOREMIX_BASE_URL, else OPENAI_BASE_URL,
                          else the profile&apos;s)
  --json                  print each result as one JSON line; errors as JSON on stderr
  --lang zh|en            language of messages (default: the system&apos;s)
  --poll-interval SECONDS how often to ask for the job&apos;s status (default 5)
  --timeout SECONDS       give up after this long
  --version, --help
</source>
        <translation>选项：
  --profile NAME          使用应用设置中的某个网关配置（默认：当前使用的配置）
  --base-url URL          网关地址（否则依次使用 VIDEOREMIX_BASE_URL、OPENAI_BASE_URL、
                          配置中的地址）
  --json                  每个结果输出为一行 JSON；错误以 JSON 输出到 stderr
  --lang zh|en            消息语言（默认：跟随系统）
  --poll-interval SECONDS 查询任务状态的间隔秒数（默认 5）
  --timeout SECONDS       超过此时长后放弃
  --version, --help
</translation>
    </message>
    <message>
        <source>Creating and remixing:
  --prompt TEXT           the video to make, or the change to make
  --model NAME            the model (default %1)
  --seconds N             the length in seconds (default: the model&apos;s first)
  --size WxH              such as 1280x720 (default: the model&apos;s first; a remix keeps
                          the source&apos;s)
  --image FILE            a JPEG, PNG or WebP to start from, scaled and cropped to the size
  --count N               N versions, 1 to %2: each is its own job, and is charged
  --wait                  follow every version until it completes or fails
  --download PATH         wait, then save the video to PATH; with --count above 1, PATH is
                          a folder (made if missing) and each file is named by its video ID
What the known models make:
</source>
        <translation>新建与重制：
  --prompt TEXT           要生成的视频，或要做的改动
  --model NAME            模型（默认 %1）
  --seconds N             时长（秒）（默认：该模型的第一个）
  --size WxH              例如 1280x720（默认：该模型的第一个；重制保持
                          原视频的尺寸）
  --image FILE            作为起始帧的 JPEG、PNG 或 WebP，会缩放并裁剪为该尺寸
  --count N               生成 N 个版本（1 到 %2）：每个版本都是单独的任务，分别扣费
  --wait                  跟踪每个版本，直到完成或失败
  --download PATH         等待后把视频保存到 PATH；--count 大于 1 时，PATH 是
                          文件夹（不存在则创建），每个文件以其视频 ID 命名
已知模型可生成的内容：
</translation>
    </message>
    <message>
        <source>The API key is read from VIDEOREMIX_API_KEY, else OPENAI_API_KEY, else the profile&apos;s key
in the system keychain; no option takes it, so it never shows in the process list.

Exit codes: 0 success, 1 the server answered with an error, 2 usage or validation error,
3 network, timeout or TLS failure, 4 the job failed, 5 the outcome of a create or remix
is unknown. With several versions, the highest code of any version.
</source>
        <translation>API 密钥依次从 VIDEOREMIX_API_KEY、OPENAI_API_KEY、系统密钥环中该配置的密钥读取；
没有任何选项接受密钥，因此它永远不会出现在进程列表中。

退出码：0 成功，1 服务器返回错误，2 用法或参数错误，
3 网络、超时或 TLS 故障，4 任务失败，5 新建或重制的结果未知。
有多个版本时，取各版本中最大的退出码。
</translation>
    </message>
    <message>
        <source>create needs --prompt TEXT.</source>
        <translation>create 需要 --prompt TEXT。</translation>
    </message>
    <message>
        <source>--image needs a file.</source>
        <translation>--image 需要一个文件。</translation>
    </message>
    <message>
        <source>--count takes a whole number from 1 to %1.</source>
        <translation>--count 只接受 1 到 %1 的整数。</translation>
    </message>
    <message>
        <source>  videoremix-cli [--profile NAME] spend [--since YYYY-MM-DD]
</source>
        <translation>  videoremix-cli [--profile NAME] spend [--since YYYY-MM-DD]    （查看预估花费）
</translation>
    </message>
    <message>
        <source>Cost:
  --dry-run               create, remix: check everything, print the requests that would
                          be sent (never the key) and the estimate; send nothing, record
                          nothing
  --over-budget           create, remix: submit even past the profile&apos;s monthly budget
  spend                   what this profile&apos;s jobs were estimated to cost today and this
                          month (prices from the profile; with --base-url and no profile,
                          the list prices); failed jobs, usually refunded, apart
  --since YYYY-MM-DD      spend: since that day&apos;s local midnight instead
</source>
        <translation>费用：
  --dry-run               create、remix：检查所有内容，输出将要发送的请求
                          （从不包含密钥）和预估费用；不发送任何请求，
                          也不记录任何任务
  --over-budget           create、remix：即使超出该配置的每月预算也提交
  spend                   此配置的任务今日和本月的预估花费（价格取自配置；
                          使用 --base-url 且没有配置时，按公开标价）；
                          失败的任务（通常会退款）单独列出
  --since YYYY-MM-DD      spend：改为从该日本地零点起计算
</translation>
    </message>
    <message>
        <source>--since takes a date as YYYY-MM-DD, such as 2026-01-31.</source>
        <translation>--since 只接受 YYYY-MM-DD 格式的日期，例如 2026-01-31。</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>%1  %2  %3%</source>
        <translation>%1  %2  %3%</translation>
    </message>
    <message>
        <source>  model %1 · size %2 · seconds %3</source>
        <translation>  模型 %1 · 尺寸 %2 · 时长 %3 秒</translation>
    </message>
    <message>
        <source>  remixed from %1</source>
        <translation>  重制自 %1</translation>
    </message>
    <message>
        <source>  created %1</source>
        <translation>  创建于 %1</translation>
    </message>
    <message>
        <source>  expires %1</source>
        <translation>  过期时间 %1</translation>
    </message>
    <message>
        <source>  the gateway says &quot;%1&quot;</source>
        <translation>  网关返回状态“%1”</translation>
    </message>
    <message>
        <source>%1  %2  %3%  %4</source>
        <translation>%1  %2  %3%  %4</translation>
    </message>
    <message>
        <source>No videos.</source>
        <translation>没有视频。</translation>
    </message>
    <message>
        <source>More videos follow: list --after %1</source>
        <translation>还有更多视频：list --after %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>The gateway did not delete %1.</source>
        <translation>网关未删除 %1。</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4%  %5</source>
        <translation>%1  %2  %3  %4%  %5</translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation>还没有任务。</translation>
    </message>
    <message>
        <source>* the active profile; choose another with --profile NAME</source>
        <translation>* 为当前使用的配置；可用 --profile NAME 选择其他配置</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Check your API key (VIDEOREMIX_API_KEY).</source>
        <translation>请检查 API 密钥（VIDEOREMIX_API_KEY）。</translation>
    </message>
    <message>
        <source>Do not simply run the remix again: it may already have been created and charged. Check the gateway&apos;s video list first.</source>
        <translation>请勿直接重新提交：该重制可能已创建并已扣费。请先查看网关的视频列表。</translation>
    </message>
    <message numerus="yes">
        <source>The gateway asks to wait %n seconds.</source>
        <translation>
            <numerusform>网关要求等待 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>The job failed: %1</source>
        <translation>任务失败：%1</translation>
    </message>
    <message>
        <source>%1% %2</source>
        <translation>%1% %2</translation>
    </message>
    <message>
        <source>%1 of %2 MiB</source>
        <translation>%1 / %2 MiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>正在下载 %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>已保存 %1（%2）。</translation>
    </message>
    <message>
        <source>  version %1 of %2</source>
        <translation>  第 %1 个版本，共 %2 个</translation>
    </message>
    <message>
        <source>Version %1 of %2.</source>
        <translation>第 %1 个版本，共 %2 个。</translation>
    </message>
    <message>
        <source>Do not simply run the create again: the video may already have been created and charged. Check the gateway&apos;s video list first.</source>
        <translation>不要直接再次运行 create：视频可能已经创建并扣费。请先查看网关的视频列表。</translation>
    </message>
    <message>
        <source>%1% · %2 of %3 versions done</source>
        <translation>%1% · 已完成 %2 个版本，共 %3 个</translation>
    </message>
    <message numerus="yes">
        <source>The gateway is busy (HTTP %1); trying again in %n seconds.</source>
        <translation>
            <numerusform>网关繁忙（HTTP %1），%n 秒后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not get the status (%1); asking again in %n seconds.</source>
        <translation>
            <numerusform>无法获取状态（%1），%n 秒后再次查询。</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated cost: unknown (%1)</source>
        <translation>预估费用：未知（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: about %1 (%n versions of %2)</source>
        <translation>
            <numerusform>预估费用：约 %1（%n 个版本，每个 %2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated cost: about %1</source>
        <translation>预估费用：约 %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent and nothing was recorded.</source>
        <translation>试运行：没有发送任何请求，也没有记录任何任务。</translation>
    </message>
    <message>
        <source>Version %1 of %2:</source>
        <translation>第 %1 个版本，共 %2 个：</translation>
    </message>
    <message>
        <source>multipart/form-data:</source>
        <translation>multipart/form-data 表单：</translation>
    </message>
    <message>
        <source>%1: the file %2 (%3, %4, %5x%6)</source>
        <translation>%1：文件 %2（%3，%4，%5x%6）</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message>
        <source>Today:      %1</source>
        <translation>今日：%1</translation>
    </message>
    <message>
        <source>This month: %1</source>
        <translation>本月：%1</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>自 %1 起：%2</translation>
    </message>
    <message>
        <source>Failed, usually refunded by the gateway: %1</source>
        <translation>失败（网关通常会退款）：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a price</source>
        <translation>
            <numerusform>%n 个没有价格</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated from the profile&apos;s prices for jobs submitted from this computer; the gateway&apos;s own bill decides.</source>
        <translation>按此配置的价格估算，只计入本机提交的任务；实际以网关账单为准。</translation>
    </message>
    <message>
        <source>  remixed from %1 (the gateway calls it %2)</source>
        <translation>  重制自 %1（网关称其为 %2）</translation>
    </message>
</context>
<context>
    <name>CliSubmission</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>With --count above 1, --download takes a folder; %1 is a file.</source>
        <translation>--count 大于 1 时，--download 需要一个文件夹；%1 是文件。</translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>%1 / %2</source>
        <comment>position / duration</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>暂停(&amp;A)</translation>
    </message>
    <message>
        <source>Pl&amp;ay</source>
        <translation>播放(&amp;A)</translation>
    </message>
    <message>
        <source>Pause all videos (Space)</source>
        <translation>暂停所有视频（空格）</translation>
    </message>
    <message>
        <source>Play all videos together (Space)</source>
        <translation>同时播放所有视频（空格）</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>版本：%1</translation>
    </message>
    <message>
        <source>The versions of one submit, played together.</source>
        <translation>同一次提交的各个版本，同时播放。</translation>
    </message>
    <message>
        <source>The versions of %1, played together.</source>
        <translation>%1 的各个版本，同时播放。</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>第 %1 个版本（共 %2 个）</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>对比：%1</translation>
    </message>
    <message>
        <source>The remix beside its source, played together.</source>
        <translation>重制结果与源视频并排，同时播放。</translation>
    </message>
    <message>
        <source>Remix</source>
        <translation>重制</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源视频</translation>
    </message>
    <message>
        <source>This video cannot be played here. Open it from the main window.</source>
        <translation>此视频无法在这里播放。请从主窗口打开它。</translation>
    </message>
    <message>
        <source>The videos cannot be played here: the playback component is not available on this system.</source>
        <translation>无法在这里播放视频：此系统上没有可用的播放组件。</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <source>Left and Right arrows: a second back or on</source>
        <translation>左右方向键：后退或前进一秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close the comparison (Esc)</source>
        <translation>关闭对比（Esc）</translation>
    </message>
</context>
<context>
    <name>ConnectionTestResult</name>
    <message>
        <source>Connected: the gateway answered and accepted the key.</source>
        <translation>连接成功：网关已响应并接受了密钥。</translation>
    </message>
    <message>
        <source>The gateway rejected the key (HTTP %1).</source>
        <translation>网关拒绝了该密钥（HTTP %1）。</translation>
    </message>
    <message>
        <source>This address answers (HTTP %1), but it is not the video API. Check the base URL.</source>
        <translation>该地址有响应（HTTP %1），但不是视频 API。请检查接口地址。</translation>
    </message>
    <message>
        <source>This address answers, but it is not the video API. Check the base URL.</source>
        <translation>该地址有响应，但不是视频 API。请检查接口地址。</translation>
    </message>
    <message>
        <source>The gateway is reachable but reports an error of its own (HTTP %1).</source>
        <translation>网关可以连接，但自身报告了错误（HTTP %1）。</translation>
    </message>
    <message>
        <source>The gateway could not be reached.</source>
        <translation>无法连接网关。</translation>
    </message>
    <message>
        <source>The secure connection failed: the gateway&apos;s certificate is not trusted.</source>
        <translation>安全连接失败：网关的证书不受信任。</translation>
    </message>
    <message>
        <source>The gateway did not answer in time.</source>
        <translation>网关未及时响应。</translation>
    </message>
    <message>
        <source>Connected to %1: the gateway answered and accepted the key.</source>
        <translation>已连接到 %1：网关已应答并接受了密钥。</translation>
    </message>
    <message>
        <source>VideoRemix asked the video API for a video that does not exist, with your key. The answer shows that this address is the video API and that the key is valid. Nothing was created and nothing was charged.</source>
        <translation>VideoRemix 使用你的密钥向视频 API 请求了一个不存在的视频。应答表明此地址就是视频 API，且密钥有效。没有创建任何内容，也没有扣费。</translation>
    </message>
</context>
<context>
    <name>CostEstimate</name>
    <message>
        <source>The size is not known, so neither is the price.</source>
        <translation>尺寸未知，因此价格也未知。</translation>
    </message>
    <message>
        <source>No price for the size %1.</source>
        <translation>尺寸 %1 没有价格。</translation>
    </message>
    <message>
        <source>No price for %1 at %2: add one in Settings.</source>
        <translation>%1 在 %2 下没有价格：请在设置中添加。</translation>
    </message>
    <message>
        <source>The duration is not known, so neither is the price.</source>
        <translation>时长未知，因此价格也未知。</translation>
    </message>
    <message>
        <source>The source video&apos;s model and length are not known yet.</source>
        <translation>还不知道原视频的模型和时长。</translation>
    </message>
    <message>
        <source>The source video could not be looked up: %1</source>
        <translation>无法查询原视频：%1</translation>
    </message>
    <message>
        <source>The gateway did not say which model made the source video.</source>
        <translation>网关没有说明原视频由哪个模型生成。</translation>
    </message>
</context>
<context>
    <name>CostPresenter</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>About %1 (%n versions of %2)</source>
        <translation>
            <numerusform>约 %1（%n 个版本，每个 %2）</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <source>%1 left of this month&apos;s budget</source>
        <translation>本月预算还剩 %1</translation>
    </message>
    <message>
        <source>An estimate from this profile&apos;s prices (Settings). The gateway&apos;s own bill decides.</source>
        <translation>根据此配置的价格（设置中）估算；实际以网关账单为准。</translation>
    </message>
    <message>
        <source>Today %1 · This month %2</source>
        <translation>今日 %1 · 本月 %2</translation>
    </message>
    <message>
        <source>Estimated from the prices in Settings, for jobs submitted from this computer with this profile.</source>
        <translation>按设置中的价格估算，只计入本机使用此配置提交的任务。</translation>
    </message>
    <message>
        <source>Failed jobs this month, usually refunded by the gateway: %1</source>
        <translation>本月失败的任务（网关通常会退款）：%1</translation>
    </message>
    <message>
        <source>Over This Month&apos;s Budget</source>
        <translation>超出本月预算</translation>
    </message>
    <message>
        <source>This submit costs about %1 and goes %2 over this month&apos;s budget of %3 (spent so far: %4).</source>
        <translation>这次提交约需 %1，将超出本月预算 %3 共 %2（本月已花费 %4）。</translation>
    </message>
    <message>
        <source>Submit it anyway?</source>
        <translation>仍要提交吗？</translation>
    </message>
    <message>
        <source>Submit Anyway</source>
        <translation>仍然提交</translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) this month had no price.</source>
        <translation>
            <numerusform>本月有 %Ln 个任务没有价格。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateRequest</name>
    <message>
        <source>%1 makes these sizes: %2.</source>
        <translation>%1 可生成的尺寸：%2。</translation>
    </message>
    <message>
        <source>%1 makes videos of %2 seconds.</source>
        <translation>%1 可生成的时长（秒）：%2。</translation>
    </message>
    <message>
        <source>Describe the video you want in the prompt.</source>
        <translation>请在提示词中描述你想要的视频。</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message numerus="yes">
        <source>The demo server did not start within %n seconds.</source>
        <translation>
            <numerusform>演示服务器未能在 %n 秒内启动。</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>无法启动演示服务器：%1</translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready (exit code %1).</source>
        <translation>演示服务器在就绪前退出（退出码 %1）。</translation>
    </message>
    <message>
        <source>The demo server (videoremix-mock) was not found next to the application.</source>
        <translation>在程序所在目录中找不到演示服务器（videoremix-mock）。</translation>
    </message>
    <message>
        <source>The demo server announced an address that is not a URL.</source>
        <translation>演示服务器报告的地址不是有效网址。</translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The gateway sent %1 instead of the video.</source>
        <translation>网关发送的是 %1，而不是视频。</translation>
    </message>
    <message>
        <source>Received %1 of %2 bytes.</source>
        <translation>已接收 %1 / %2 字节。</translation>
    </message>
    <message>
        <source>The gateway sent an empty file.</source>
        <translation>网关发送了一个空文件。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation>重定向次数过多。</translation>
    </message>
    <message>
        <source>The gateway sent a video (%1) instead of the thumbnail image; it was not saved as an image.</source>
        <translation>网关发送的是视频（%1），而不是缩略图；它没有被保存为图片。</translation>
    </message>
    <message>
        <source>The gateway sent a video (%1) instead of the spritesheet image; it was not saved as an image.</source>
        <translation>网关发送的是视频（%1），而不是 spritesheet 图片；它没有被保存为图片。</translation>
    </message>
    <message>
        <source>The gateway sent a video instead of the thumbnail image; it was not saved as an image.</source>
        <translation>网关发送的是视频，而不是缩略图；它没有被保存为图片。</translation>
    </message>
    <message>
        <source>The gateway sent a video instead of the spritesheet image; it was not saved as an image.</source>
        <translation>网关发送的是视频，而不是 spritesheet 图片；它没有被保存为图片。</translation>
    </message>
    <message>
        <source>The answer&apos;s Content-Range (%1) does not continue the download at byte %2; starting again from the beginning.</source>
        <translation>响应的 Content-Range（%1）无法从第 %2 字节继续下载；将从头重新下载。</translation>
    </message>
    <message>
        <source>The download could not continue at byte %1 (HTTP 416); starting again from the beginning.</source>
        <translation>下载无法从第 %1 字节继续（HTTP 416）；将从头重新下载。</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>显示错误详情</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>关闭错误提示</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>打开设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Open settings to check the API key</source>
        <translation>打开设置以检查 API 密钥</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <source>Error message in the other language</source>
        <translation>另一种语言的错误信息</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>解决办法</translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation>重试倒计时</translation>
    </message>
    <message>
        <source>The gateway did not accept the API key. Check your API key in the settings.</source>
        <translation>网关不接受该 API 密钥。请在设置中检查你的 API 密钥。</translation>
    </message>
    <message>
        <source>The gateway is busy and asked us to wait. The request will be sent again by itself.</source>
        <translation>网关繁忙，要求稍候。请求将自动重新发送。</translation>
    </message>
    <message>
        <source>The gateway is busy. Wait for the countdown, then try again.</source>
        <translation>网关繁忙。请等待倒计时结束后再试。</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s)…</source>
        <translation>
            <numerusform>%n 秒后重试…</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>正在重试…</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>%n 秒后可以重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>现在可以重试了。</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>发生了什么：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Parameter: %1</source>
        <translation>参数：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL：%1</translation>
    </message>
    <message>
        <source>Transport: %1</source>
        <translation>传输层：%1</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>响应正文：</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>The connection ended after the request was sent, so the job may have been created, and charged, even though no answer arrived. Check the gateway&apos;s list of videos before trying again, or you may pay twice.</source>
        <translation>请求发出后连接中断，虽然没有收到回应，任务可能已经创建并扣费。重试前请先查看网关的视频列表，否则可能重复付费。</translation>
    </message>
    <message>
        <source>The gateway answered with an error, but it may have passed the request on before failing, so the job may have been created, and charged. Check the gateway&apos;s list of videos before trying again, or you may pay twice.</source>
        <translation>网关返回了错误，但它可能在出错前已把请求转发出去，因此任务可能已创建并已扣费。重试前请先查看网关的视频列表，以免重复扣费。</translation>
    </message>
    <message>
        <source>The gateway did not accept the API key. %1</source>
        <translation>网关不接受该 API 密钥。%1</translation>
    </message>
    <message>
        <source>Check that the gateway&apos;s address, %1, is right and that the gateway is running, then try again.</source>
        <translation>请确认网关地址 %1 正确且网关正在运行，然后重试。</translation>
    </message>
    <message numerus="yes">
        <source>Retry after: %Ln ms</source>
        <translation>
            <numerusform>重试等待：%Ln 毫秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayBinding</name>
    <message>
        <source>The gateway &quot;%1&quot; is not used: %2</source>
        <translation>未使用网关“%1”：%2</translation>
    </message>
</context>
<context>
    <name>GatewayChoice</name>
    <message>
        <source>There is no gateway profile to use.</source>
        <translation>没有可用的网关配置。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for %2, not %3: leave out one of the two.</source>
        <translation>配置“%1”用于 %2，而不是 %3：请去掉两者之一。</translation>
    </message>
</context>
<context>
    <name>GatewayImporter</name>
    <message>
        <source>No gateway is set up for this profile.</source>
        <translation>此配置尚未设置网关。</translation>
    </message>
    <message>
        <source>This gateway has no list of videos (GET /v1/videos), so there is nothing to import.</source>
        <translation>该网关没有视频列表（GET /v1/videos），因此没有可导入的内容。</translation>
    </message>
</context>
<context>
    <name>GatewayProfile</name>
    <message>
        <source>The base URL is empty.</source>
        <translation>接口地址为空。</translation>
    </message>
    <message>
        <source>The base URL is not a valid URL.</source>
        <translation>接口地址不是有效的网址。</translation>
    </message>
    <message>
        <source>The base URL must start with https:// or http://.</source>
        <translation>接口地址必须以 https:// 或 http:// 开头。</translation>
    </message>
    <message>
        <source>The base URL has no host name.</source>
        <translation>接口地址缺少主机名。</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; the API key is set separately.</source>
        <translation>接口地址中不能包含用户名或密码；API 密钥需单独设置。</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (?) or fragment (#).</source>
        <translation>接口地址中不能包含查询参数（?）或片段（#）。</translation>
    </message>
    <message>
        <source>The profile has no identifier.</source>
        <translation>该配置缺少标识符。</translation>
    </message>
    <message>
        <source>The profile name is empty.</source>
        <translation>配置名称为空。</translation>
    </message>
    <message numerus="yes">
        <source>The profile name is longer than %n characters.</source>
        <translation>
            <numerusform>配置名称超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile name must not start or end with spaces.</source>
        <translation>配置名称的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>The poll interval must be between %1 and %2 seconds.</source>
        <translation>轮询间隔必须在 %1 到 %2 秒之间。</translation>
    </message>
    <message>
        <source>The request timeout must be between %1 and %2 seconds.</source>
        <translation>请求超时必须在 %1 到 %2 秒之间。</translation>
    </message>
    <message>
        <source>The manual proxy needs a host name.</source>
        <translation>手动代理需要填写主机名。</translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535.</source>
        <translation>代理端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>The proxy type must be HTTP or SOCKS5.</source>
        <translation>代理类型必须是 HTTP 或 SOCKS5。</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read: %2</source>
        <translation>无法读取 CA 证书文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM or DER certificate.</source>
        <translation>文件 %1 中没有 PEM 或 DER 格式的证书。</translation>
    </message>
    <message>
        <source>At least one gateway profile is needed.</source>
        <translation>至少需要一个网关配置。</translation>
    </message>
    <message>
        <source>Two profiles share the identifier %1.</source>
        <translation>有两个配置使用了相同的标识符 %1。</translation>
    </message>
    <message>
        <source>Two profiles are named &quot;%1&quot;; names must differ.</source>
        <translation>有两个配置都叫“%1”；配置名称不能重复。</translation>
    </message>
    <message>
        <source>The monthly budget cannot be negative.</source>
        <translation>每月预算不能为负数。</translation>
    </message>
</context>
<context>
    <name>GatewaySelection</name>
    <message>
        <source>There is no profile named &quot;%1&quot;; &quot;videoremix-cli profiles&quot; lists them.</source>
        <translation>没有名为“%1”的配置；可用“videoremix-cli profiles”列出所有配置。</translation>
    </message>
    <message>
        <source>No API key for the profile &quot;%1&quot;: set it in VideoRemix&apos;s settings, or set VIDEOREMIX_API_KEY.</source>
        <translation>配置“%1”没有 API 密钥：请在 VideoRemix 的设置中填写，或设置 VIDEOREMIX_API_KEY。</translation>
    </message>
    <message>
        <source>No API key: set VIDEOREMIX_API_KEY.</source>
        <translation>没有 API 密钥：请设置 VIDEOREMIX_API_KEY。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Search the history</source>
        <translation>搜索历史记录</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Show jobs with status</source>
        <translation>按状态筛选任务</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>任务历史</translation>
    </message>
    <message>
        <source>Number of jobs</source>
        <translation>任务数量</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching job(s)</source>
        <translation>
            <numerusform>%Ln 个匹配的任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation>
            <numerusform>%Ln 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Search prompts and IDs (Ctrl+F)</source>
        <translation>搜索提示词和 ID（Ctrl+F）</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Show the history as a list (%1)</source>
        <translation>以列表显示历史记录（%1）</translation>
    </message>
    <message>
        <source>History as a list</source>
        <translation>历史记录：列表</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Show the history as a grid of thumbnails (%1)</source>
        <translation>以缩略图网格显示历史记录（%1）</translation>
    </message>
    <message>
        <source>History as a grid</source>
        <translation>历史记录：网格</translation>
    </message>
    <message>
        <source>Copy &amp;Video ID</source>
        <translation>复制视频 ID(&amp;V)</translation>
    </message>
    <message>
        <source>Job actions</source>
        <translation>任务操作</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>&amp;Remix This</source>
        <translation>重制此视频(&amp;R)</translation>
    </message>
    <message>
        <source>Use the selected video as the source of a new remix</source>
        <translation>用所选视频作为新重制的源视频</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <source>Play the selected remix beside its source, or the versions of one submit together</source>
        <translation>将所选重制结果与其源视频并排播放，或同时播放一次提交的各个版本</translation>
    </message>
</context>
<context>
    <name>JobDetailsWidget</name>
    <message>
        <source>Looking for the job among the gateway&apos;s recent videos…</source>
        <translation>正在网关的最近视频中查找该任务…</translation>
    </message>
    <message>
        <source>Checking the job failed, trying again: %1</source>
        <translation>查询任务状态失败，正在重试：%1</translation>
    </message>
    <message>
        <source>Deleted on the gateway. The local files stay.</source>
        <translation>已在网关上删除。本地文件仍然保留。</translation>
    </message>
    <message>
        <source>The gateway no longer had this video.</source>
        <translation>网关上已经没有这个视频了。</translation>
    </message>
    <message>
        <source>This gateway cannot delete videos.</source>
        <translation>该网关不支持删除视频。</translation>
    </message>
    <message>
        <source>Deleting on the gateway failed: %1</source>
        <translation>在网关上删除失败：%1</translation>
    </message>
    <message>
        <source>The gateway reports that the job failed.</source>
        <translation>网关报告任务失败。</translation>
    </message>
    <message>
        <source>The job failed: %1</source>
        <translation>任务失败：%1</translation>
    </message>
    <message>
        <source>Downloading the video…</source>
        <translation>正在下载视频…</translation>
    </message>
    <message>
        <source>On the gateway, not downloaded yet (%1)</source>
        <translation>在网关上，尚未下载（%1）</translation>
    </message>
    <message>
        <source>Remove this job from the library and delete its video, thumbnail and notes from the disk?</source>
        <translation>要从任务库中移除此任务，并从磁盘删除其视频、缩略图和备注吗？</translation>
    </message>
    <message>
        <source>Remove this job from the library? Its files stay where they are.</source>
        <translation>要从任务库中移除此任务吗？其文件将保留在原处。</translation>
    </message>
    <message>
        <source>Remove Job</source>
        <translation>移除任务</translation>
    </message>
    <message>
        <source>Delete on the Gateway</source>
        <translation>在网关上删除</translation>
    </message>
    <message>
        <source>Delete the video %1 on the gateway? This cannot be undone; downloaded files stay on this computer.</source>
        <translation>要在网关上删除视频 %1 吗？此操作无法撤销；已下载的文件仍保留在本机。</translation>
    </message>
    <message>
        <source>Deleting on the gateway…</source>
        <translation>正在网关上删除…</translation>
    </message>
    <message>
        <source>No ID yet</source>
        <translation>暂无 ID</translation>
    </message>
    <message>
        <source>ID of the new video</source>
        <translation>新视频的 ID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the ID to the clipboard</source>
        <translation>将 ID 复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy the ID</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Job message</source>
        <translation>任务信息</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Seconds:</source>
        <translation>时长（秒）：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>用时：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Remixed from:</source>
        <translation>重制自：</translation>
    </message>
    <message>
        <source>Remixes:</source>
        <translation>重制版本：</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>提示词：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Where the result is</source>
        <translation>结果所在位置</translation>
    </message>
    <message>
        <source>Remixed from</source>
        <translation>重制自</translation>
    </message>
    <message>
        <source>Remixes of this video</source>
        <translation>此视频的重制版本</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Remix &amp;This</source>
        <translation>重制此视频(&amp;T)</translation>
    </message>
    <message>
        <source>Put this video&apos;s ID into the form to remix it again</source>
        <translation>将此视频的 ID 填入表单，再次重制</translation>
    </message>
    <message>
        <source>Remix this result</source>
        <translation>重制此结果</translation>
    </message>
    <message>
        <source>Re&amp;concile</source>
        <translation>核对(&amp;C)</translation>
    </message>
    <message>
        <source>Look for this job among the gateway&apos;s recent videos instead of sending it again</source>
        <translation>在网关的最近视频中查找此任务，而不是重新发送</translation>
    </message>
    <message>
        <source>Reconcile with the gateway</source>
        <translation>与网关核对</translation>
    </message>
    <message>
        <source>Stop checking this job&apos;s status. The job itself goes on at the gateway.</source>
        <translation>停止查询此任务的状态。任务本身仍会在网关上继续进行。</translation>
    </message>
    <message>
        <source>Stop following the job</source>
        <translation>停止跟踪任务</translation>
    </message>
    <message>
        <source>Check this job&apos;s status at the gateway again</source>
        <translation>重新在网关上查询此任务的状态</translation>
    </message>
    <message>
        <source>Follow the job again</source>
        <translation>重新跟踪任务</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>Download the result now</source>
        <translation>立即下载结果</translation>
    </message>
    <message>
        <source>Download the result</source>
        <translation>下载结果</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>复制为 curl 命令(&amp;U)</translation>
    </message>
    <message>
        <source>Copy as curl command</source>
        <translation>复制为 curl 命令</translation>
    </message>
    <message>
        <source>Show the video in its folder</source>
        <translation>在文件夹中显示该视频</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the job</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Remove from the Library</source>
        <translation>从任务库中移除</translation>
    </message>
    <message>
        <source>Remove from the Library and Delete Files</source>
        <translation>从任务库中移除并删除文件</translation>
    </message>
    <message>
        <source>Delete on the Gateway…</source>
        <translation>在网关上删除…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Stop Follo&amp;wing</source>
        <translation>停止跟踪(&amp;W)</translation>
    </message>
    <message>
        <source>Follo&amp;w Again</source>
        <translation>重新跟踪(&amp;W)</translation>
    </message>
    <message>
        <source>Show in Fold&amp;er</source>
        <translation>在文件夹中显示(&amp;E)</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>生成自：</translation>
    </message>
    <message>
        <source>the prompt alone</source>
        <translation>仅提示词</translation>
    </message>
    <message>
        <source>the prompt and the image %1</source>
        <translation>提示词和图片 %1</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>The versions of this submit, side by side</source>
        <translation>这次提交的各个版本，并排显示</translation>
    </message>
    <message>
        <source>Copy this request as a curl command; the key stays in $VIDEOREMIX_API_KEY</source>
        <translation>将此请求复制为 curl 命令；密钥保留在 $VIDEOREMIX_API_KEY 中</translation>
    </message>
    <message>
        <source>The gateway answered the request with an error, but it may have passed it on first: the job may have been created (and charged). Reconcile looks for it on the gateway; VideoRemix never sends it again by itself.</source>
        <translation>网关对请求返回了错误，但它可能已先把请求转发出去：任务可能已创建（并已扣费）。“核对”会在网关上查找它；VideoRemix 不会自动重新发送。</translation>
    </message>
    <message>
        <source>The request was sent, but its answer never arrived: the job may have been created (and charged). Reconcile looks for it on the gateway; VideoRemix never sends it again by itself.</source>
        <translation>请求已发出，但始终没有收到响应：任务可能已创建（并已扣费）。“核对”会在网关上查找它；VideoRemix 不会自动重新发送。</translation>
    </message>
    <message>
        <source>%1 (the gateway calls it %2)</source>
        <translation>%1（网关称其为 %2）</translation>
    </message>
    <message>
        <source>Select a job in the history to see its details here.

Video IDs come from your gateway: make a video on the New Video tab, paste an ID (or the gateway&apos;s whole answer) into Video ID on the Remix tab, or bring your videos in with File &gt; Import from Gateway.</source>
        <translation>在历史记录中选择一个任务，即可在此查看详情。

视频 ID 来自你的网关：在“新视频”标签页中生成视频，把 ID（或网关返回的完整响应）粘贴到“重制”标签页的“视频 ID”中，或通过“文件 &gt; 从网关导入”导入你的视频。</translation>
    </message>
</context>
<context>
    <name>JobGalleryDelegate</name>
    <message>
        <source>Version %1/%2</source>
        <translation>版本 %1/%2</translation>
    </message>
</context>
<context>
    <name>JobHistoryDelegate</name>
    <message>
        <source>New video</source>
        <translation>新视频</translation>
    </message>
</context>
<context>
    <name>JobHistoryModel</name>
    <message>
        <source>version %1 of %2</source>
        <translation>第 %1 个版本，共 %2 个</translation>
    </message>
</context>
<context>
    <name>JobLibrary</name>
    <message>
        <source>No gateway is set up for this profile.</source>
        <translation>此配置尚未设置网关。</translation>
    </message>
    <message>
        <source>The job library cannot be written: %1</source>
        <translation>无法写入任务库：%1</translation>
    </message>
</context>
<context>
    <name>JobNotifier</name>
    <message>
        <source>Remix completed</source>
        <translation>重制已完成</translation>
    </message>
    <message>
        <source>Remix failed</source>
        <translation>重制失败</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Video completed</source>
        <translation>视频已完成</translation>
    </message>
    <message>
        <source>Video failed</source>
        <translation>视频生成失败</translation>
    </message>
</context>
<context>
    <name>JobRecord</name>
    <message>
        <source>Submitting</source>
        <translation>提交中</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Deleted on the gateway</source>
        <translation>已在网关删除</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n min</source>
        <translation>
            <numerusform>%n 分钟后过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n h</source>
        <translation>
            <numerusform>%n 小时后过期</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway deleted the result at %1, before it was downloaded.</source>
        <translation>网关在 %1 删除了结果，当时还没有下载。</translation>
    </message>
    <message>
        <source>Not among the gateway&apos;s recent videos: the job was most likely never created. You may submit it again.</source>
        <translation>不在网关最近的视频中：该任务很可能从未创建。你可以重新提交。</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>VideoRemix stopped before the gateway answered this remix. It may or may not have been created (and charged); it was not sent again.</source>
        <translation>VideoRemix 在网关响应此重制之前就退出了。任务可能已创建（并已扣费），也可能没有；它不会被重新发送。</translation>
    </message>
    <message>
        <source>It was written by a newer version of VideoRemix (schema %1).</source>
        <translation>它由更新版本的 VideoRemix 写入（数据版本 %1）。</translation>
    </message>
</context>
<context>
    <name>JobSubmitter</name>
    <message>
        <source>No gateway is set up for this profile.</source>
        <translation>此配置尚未设置网关。</translation>
    </message>
    <message>
        <source>The job library cannot be written: %1</source>
        <translation>无法写入任务库：%1</translation>
    </message>
</context>
<context>
    <name>JobTracker</name>
    <message numerus="yes">
        <source>The job did not finish within %n minutes.</source>
        <translation>
            <numerusform>任务未能在 %n 分钟内完成。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyOrigin</name>
    <message>
        <source>The key in use comes from the environment variable %1, which overrides the keys in the settings: correct or unset %1, then restart VideoRemix.</source>
        <translation>当前使用的密钥来自环境变量 %1，它优先于设置中的密钥：请更正或删除 %1，然后重新启动 VideoRemix。</translation>
    </message>
    <message>
        <source>The key in use is the profile &quot;%1&quot;&apos;s, stored in the system keychain: correct it in the settings.</source>
        <translation>当前使用的是配置“%1”的密钥，保存在系统密钥环中：请在设置中更正。</translation>
    </message>
    <message>
        <source>The key in use is the profile &quot;%1&quot;&apos;s, stored unencrypted in the key file %2: correct it in the settings.</source>
        <translation>当前使用的是配置“%1”的密钥，未加密地保存在密钥文件 %2 中：请在设置中更正。</translation>
    </message>
    <message>
        <source>The key in use is the profile &quot;%1&quot;&apos;s, kept for this run only: correct it in the settings.</source>
        <translation>当前使用的是配置“%1”的密钥，仅在本次运行中保留：请在设置中更正。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Chinese when the system&apos;s language is Chinese, else English</source>
        <translation>系统语言为中文时显示中文，否则显示英文</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Starting the demo…</source>
        <translation>正在启动演示…</translation>
    </message>
    <message>
        <source>No gateway is configured.</source>
        <translation>尚未设置网关。</translation>
    </message>
    <message>
        <source>Gateway: %1</source>
        <translation>网关：%1</translation>
    </message>
    <message>
        <source>Gateway: %1 (%2)</source>
        <translation>网关：%1（%2）</translation>
    </message>
    <message>
        <source>API key: not set</source>
        <translation>API 密钥：未设置</translation>
    </message>
    <message>
        <source>API key: set</source>
        <translation>API 密钥：已设置</translation>
    </message>
    <message>
        <source>No gateway configured</source>
        <translation>未设置网关</translation>
    </message>
    <message>
        <source>Demo (local mock server)</source>
        <translation>演示（本地模拟服务器）</translation>
    </message>
    <message>
        <source>Gateway in use</source>
        <translation>当前网关</translation>
    </message>
    <message>
        <source>Whether an API key is set</source>
        <translation>是否已设置 API 密钥</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Welcome to VideoRemix</source>
        <translation>欢迎使用 VideoRemix</translation>
    </message>
    <message>
        <source>&amp;Try the Demo</source>
        <translation>试用演示(&amp;T)</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <source>Job Details</source>
        <translation>任务详情</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>任务详情</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About VideoRemix</source>
        <translation>关于 VideoRemix(&amp;A)</translation>
    </message>
    <message>
        <source>This gateway has no list of videos, so VideoRemix cannot import them or look for a remix whose outcome is unknown. Jobs you submit here are still kept.</source>
        <translation>该网关没有视频列表，因此 VideoRemix 无法导入视频，也无法查找结果未知的重制。在这里提交的任务仍会被记录。</translation>
    </message>
    <message>
        <source>Nothing to import: this gateway cannot list its videos.</source>
        <translation>没有可导入的内容：该网关无法列出视频。</translation>
    </message>
    <message>
        <source>Importing the gateway&apos;s videos…</source>
        <translation>正在导入网关的视频…</translation>
    </message>
    <message>
        <source>No API key is set for this gateway.</source>
        <translation>此网关尚未设置 API 密钥。</translation>
    </message>
    <message>
        <source>Confirm first that the key may be sent over plain HTTP.</source>
        <translation>请先确认允许通过明文 HTTP 发送密钥。</translation>
    </message>
    <message>
        <source>API key: from environment</source>
        <translation>API 密钥：来自环境变量</translation>
    </message>
    <message>
        <source>No API key is set up yet. Try the demo: it runs a small local server that behaves like a real gateway, so you can see the whole flow offline, without an API key and without cost. Or open the settings to enter your gateway&apos;s address and key.</source>
        <translation>尚未设置 API 密钥。可以先试试演示：它会在本机运行一个小型服务器，表现和真实网关一样，无需联网、无需 API 密钥、也不产生费用，就能体验完整流程。也可以打开设置，填写你的网关地址和密钥。</translation>
    </message>
    <message>
        <source>Set Up a &amp;Gateway…</source>
        <translation>设置网关(&amp;G)…</translation>
    </message>
    <message>
        <source>Set up a gateway in the settings</source>
        <translation>在设置中添加网关</translation>
    </message>
    <message>
        <source>Send Over &amp;HTTP Anyway</source>
        <translation>仍通过 HTTP 发送(&amp;H)</translation>
    </message>
    <message>
        <source>Send the key over unencrypted HTTP for this profile until VideoRemix quits</source>
        <translation>在 VideoRemix 退出前，允许此配置通过未加密的 HTTP 发送密钥</translation>
    </message>
    <message>
        <source>Change the &amp;Gateway…</source>
        <translation>更换网关(&amp;G)…</translation>
    </message>
    <message>
        <source>Open the settings to change the gateway</source>
        <translation>打开设置以更换网关</translation>
    </message>
    <message>
        <source>Warning about plain HTTP</source>
        <translation>明文 HTTP 警告</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>任务历史</translation>
    </message>
    <message>
        <source>&amp;Import from Gateway</source>
        <translation>从网关导入(&amp;I)</translation>
    </message>
    <message>
        <source>Add the videos of this gateway&apos;s account that the history does not have yet</source>
        <translation>将该网关账户中历史记录里还没有的视频添加进来</translation>
    </message>
    <message>
        <source>The API key could not be read: the system keychain is not available. Open the settings to enter the key and keep it for this run only, or store it in a file on this computer.</source>
        <translation>无法读取 API 密钥：系统密钥环不可用。请打开设置输入密钥，并选择仅在本次运行中保留，或保存在本机的文件中。</translation>
    </message>
    <message>
        <source>Use the &amp;Demo Gateway</source>
        <translation>使用演示网关(&amp;D)</translation>
    </message>
    <message>
        <source>Switch to the local demo server: no API key, no cost</source>
        <translation>切换到本地演示服务器：无需 API 密钥，不产生费用</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new video(s) from the gateway.</source>
        <translation>
            <numerusform>已从网关导入 %Ln 个新视频。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <source>These are the demo&apos;s sample videos: describe a change and press Remix, or make a new one.</source>
        <translation>这些是演示的示例视频：描述要做的改动并点击“重制”，或新建一个视频。</translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <source>720p (1280x720, 720x1280)</source>
        <translation>720p 档（1280x720、720x1280）</translation>
    </message>
    <message>
        <source>1792 (1792x1024, 1024x1792)</source>
        <translation>1792 档（1792x1024、1024x1792）</translation>
    </message>
    <message>
        <source>1080p (1920x1080, 1080x1920)</source>
        <translation>1080p 档（1920x1080、1080x1920）</translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as USD or CNY.</source>
        <translation>货币须为三个字母的代码，例如 USD 或 CNY。</translation>
    </message>
    <message>
        <source>Every price needs a model name without spaces.</source>
        <translation>每个价格都需要一个不含空格的模型名称。</translation>
    </message>
    <message>
        <source>Prices cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>%1 has two prices for the same size class.</source>
        <translation>%1 在同一尺寸档位有两个价格。</translation>
    </message>
</context>
<context>
    <name>PriceTableEditor</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>尺寸档位</translation>
    </message>
    <message>
        <source>Price per second</source>
        <translation>每秒价格</translation>
    </message>
    <message>
        <source>Price per second (%1)</source>
        <translation>每秒价格（%1）</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>A three-letter code such as USD or CNY</source>
        <translation>三个字母的代码，例如 USD 或 CNY</translation>
    </message>
    <message>
        <source>Three letters, such as USD or CNY</source>
        <translation>三个字母，例如 USD 或 CNY</translation>
    </message>
    <message>
        <source>What the gateway charges per second of video, for each model and size class. A model without a row here has no known price.</source>
        <translation>网关对每个模型、每个尺寸档位每秒视频的收费。此处没有列出的模型，价格视为未知。</translation>
    </message>
    <message>
        <source>Prices per second</source>
        <translation>每秒价格</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>添加行(&amp;W)</translation>
    </message>
    <message>
        <source>Add a price</source>
        <translation>添加一个价格</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>删除行(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected prices</source>
        <translation>删除选中的价格</translation>
    </message>
    <message>
        <source>Reset to &amp;list prices</source>
        <translation>恢复为公开价格(&amp;L)</translation>
    </message>
    <message>
        <source>Reset to the public list prices</source>
        <translation>恢复为公开的标价</translation>
    </message>
    <message>
        <source>The public list prices in US dollars, billed per second; the budget stays</source>
        <translation>按秒计费的公开美元标价；预算保持不变</translation>
    </message>
    <message>
        <source>&amp;Price per call:</source>
        <translation>按次价格(&amp;P)：</translation>
    </message>
    <message>
        <source>The gateway bills per call</source>
        <translation>网关按次计费</translation>
    </message>
    <message>
        <source>Price per call</source>
        <translation>按次价格</translation>
    </message>
    <message>
        <source>&amp;Monthly budget:</source>
        <translation>每月预算(&amp;M)：</translation>
    </message>
    <message>
        <source>Set a monthly budget</source>
        <translation>设置每月预算</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>每月预算</translation>
    </message>
    <message>
        <source>Problems with the prices</source>
        <translation>价格设置有误</translation>
    </message>
    <message>
        <source>Every job costs this, whatever the model or length.</source>
        <translation>无论模型和时长，每个任务都按此价格计费。</translation>
    </message>
    <message>
        <source>A submit that would go over it asks first.</source>
        <translation>超出预算的提交会先询问。</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>This gateway cannot list its videos, so VideoRemix cannot look for the job. Check the gateway&apos;s own records, then submit it again or remove it.</source>
        <translation>该网关无法列出视频，因此 VideoRemix 无法查找此任务。请查看网关自己的记录，然后重新提交或将其移除。</translation>
    </message>
    <message>
        <source>This job already has its video on the gateway.</source>
        <translation>此任务在网关上已有对应的视频。</translation>
    </message>
    <message>
        <source>No gateway is set up for this profile.</source>
        <translation>此配置尚未设置网关。</translation>
    </message>
    <message>
        <source>No matching video is among the gateway&apos;s recent videos: the job was most likely never created. You may submit it again.</source>
        <translation>网关最近的视频中没有与之匹配的：该任务很可能从未创建。你可以重新提交。</translation>
    </message>
    <message>
        <source>Found on the gateway as %1.</source>
        <translation>已在网关上找到，ID 为 %1。</translation>
    </message>
</context>
<context>
    <name>ReferenceImage</name>
    <message>
        <source>The image file cannot be read.</source>
        <translation>无法读取图片文件。</translation>
    </message>
    <message>
        <source>The image file is empty.</source>
        <translation>图片文件是空的。</translation>
    </message>
    <message numerus="yes">
        <source>The image file is larger than %n MB.</source>
        <translation>
            <numerusform>图片文件大于 %n MB。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The image has more than %n million pixels.</source>
        <translation>
            <numerusform>图片超过 %n 百万像素。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not an image VideoRemix can read.</source>
        <translation>该文件不是 VideoRemix 能读取的图片。</translation>
    </message>
    <message>
        <source>Use a JPEG, PNG or WebP image.</source>
        <translation>请使用 JPEG、PNG 或 WebP 图片。</translation>
    </message>
</context>
<context>
    <name>ReferenceImageField</name>
    <message>
        <source>Choose a Reference Image</source>
        <translation>选择参考图</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Drop an image here</source>
        <translation>将图片拖到这里</translation>
    </message>
    <message>
        <source>Optional: the first frame of the video. JPEG, PNG or WebP; drop or paste it here.</source>
        <translation>可选：作为视频的第一帧。支持 JPEG、PNG 或 WebP；可拖放或粘贴到这里。</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <source>%1: fitting to %2…</source>
        <translation>%1：正在适配为 %2…</translation>
    </message>
    <message>
        <source>%1: choose a size to fit it to.</source>
        <translation>%1：请选择要适配的尺寸。</translation>
    </message>
    <message>
        <source>%1, %2: scaled and cropped to %3, as shown.</source>
        <translation>%1，%2：已缩放并裁剪为 %3，如图所示。</translation>
    </message>
    <message>
        <source>%1, %2: sent as it is.</source>
        <translation>%1，%2：按原样发送。</translation>
    </message>
    <message>
        <source>C&amp;hoose Image…</source>
        <translation>选择图片(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose a reference image</source>
        <translation>选择一张参考图</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the reference image</source>
        <translation>移除参考图</translation>
    </message>
    <message>
        <source>Reference image</source>
        <translation>参考图</translation>
    </message>
    <message>
        <source>Drop an image here, or paste one with Ctrl+V</source>
        <translation>将图片拖到这里，或按 Ctrl+V 粘贴</translation>
    </message>
</context>
<context>
    <name>RemixRequest</name>
    <message>
        <source>Enter the ID of the video to remix.</source>
        <translation>请输入要重制的视频 ID。</translation>
    </message>
    <message>
        <source>The video ID cannot contain spaces or line breaks.</source>
        <translation>视频 ID 中不能包含空格或换行。</translation>
    </message>
    <message>
        <source>The video ID contains an invisible control character.</source>
        <translation>视频 ID 中含有不可见的控制字符。</translation>
    </message>
    <message>
        <source>The video ID cannot contain / ? # % or \.</source>
        <translation>视频 ID 中不能包含 / ? # % 或 \。</translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; are not video IDs.</source>
        <translation>“.”和“..”不是视频 ID。</translation>
    </message>
    <message>
        <source>Describe the change you want in the prompt.</source>
        <translation>请在提示词中描述你想要的改动。</translation>
    </message>
    <message>
        <source>Write the size as width x height, for example 1280x720.</source>
        <translation>尺寸请写成“宽x高”，例如 1280x720。</translation>
    </message>
    <message>
        <source>Name the model without spaces, for example sora-2.</source>
        <translation>模型名称不能含空格，例如 sora-2。</translation>
    </message>
    <message>
        <source>The duration is a whole number of seconds, from 1 to 60.</source>
        <translation>时长须为 1 到 60 的整数秒。</translation>
    </message>
    <message>
        <source>This model does not make videos of this size.</source>
        <translation>此模型不能生成这个尺寸的视频。</translation>
    </message>
    <message>
        <source>This model does not make videos of this length.</source>
        <translation>此模型不能生成这个时长的视频。</translation>
    </message>
    <message>
        <source>Choose the video&apos;s size: the reference image is fitted to it.</source>
        <translation>请选择视频尺寸：参考图会按此尺寸适配。</translation>
    </message>
    <message>
        <source>There is no video ID in this text.</source>
        <translation>这段文字里没有视频 ID。</translation>
    </message>
    <message numerus="yes">
        <source>The video ID is longer than %Ln characters.</source>
        <translation>
            <numerusform>视频 ID 超过 %Ln 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The prompt is longer than %Ln characters.</source>
        <translation>
            <numerusform>提示词超过 %Ln 个字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Width and height must each be between 1 and %L1.</source>
        <translation>宽和高都必须在 1 到 %L1 之间。</translation>
    </message>
</context>
<context>
    <name>RepeatGuard</name>
    <message>
        <source>Send Again?</source>
        <translation>再次发送？</translation>
    </message>
    <message numerus="yes">
        <source>You sent this same request %n second(s) ago. Sending it again makes another job, which is paid for too.</source>
        <translation>
            <numerusform>你 %n 秒前刚发送过同样的请求。再次发送会生成另一个任务，同样要付费。</numerusform>
        </translation>
    </message>
    <message>
        <source>For several versions of one idea, use the Versions field.</source>
        <translation>如需同一创意的多个版本，请使用“版本”数量。</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>再次发送</translation>
    </message>
</context>
<context>
    <name>ReplyClassifier</name>
    <message numerus="yes">
        <source>No complete answer within %n seconds.</source>
        <translation>
            <numerusform>%n 秒内未收到完整响应。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer was larger than %n MiB.</source>
        <translation>
            <numerusform>响应超过 %n MiB。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected redirect to %1</source>
        <translation>意外重定向到 %1</translation>
    </message>
    <message numerus="yes">
        <source>The answer was cut off after %n bytes.</source>
        <translation>
            <numerusform>响应在 %n 字节后中断。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultDownload</name>
    <message>
        <source>The download folder %1 cannot be created.</source>
        <translation>无法创建下载文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is not available (%1). The key can be kept for this run only, or, if you accept the risk, in a file on this computer.</source>
        <translation>系统密钥环不可用（%1）。密钥可以只保留到本次运行结束；如果你接受风险，也可以保存在本机的文件中。</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>%n 秒内无响应</numerusform>
        </translation>
    </message>
    <message>
        <source>No key is stored for this profile.</source>
        <translation>此配置没有保存密钥。</translation>
    </message>
    <message>
        <source>The keychain accepted the key but did not return it when read back.</source>
        <translation>密钥环接受了密钥，但读取时没有返回。</translation>
    </message>
    <message>
        <source>Reading the key from the keychain failed: %1</source>
        <translation>从密钥环读取密钥失败：%1</translation>
    </message>
    <message>
        <source>An empty key cannot be stored.</source>
        <translation>不能保存空密钥。</translation>
    </message>
    <message>
        <source>Storing the key in the keychain failed: %1</source>
        <translation>将密钥保存到密钥环失败：%1</translation>
    </message>
    <message>
        <source>The key file did not return the key just written.</source>
        <translation>密钥文件未返回刚写入的密钥。</translation>
    </message>
    <message>
        <source>Removing the key from the keychain failed: %1</source>
        <translation>从密钥环删除密钥失败：%1</translation>
    </message>
    <message>
        <source>No operation.</source>
        <translation>无操作。</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <source>from environment</source>
        <translation>来自环境变量</translation>
    </message>
    <message>
        <source>for this run only</source>
        <translation>仅限本次运行</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>保存在系统密钥环中</translation>
    </message>
    <message>
        <source>in a file on this computer (not encrypted)</source>
        <translation>保存在本机文件中（未加密）</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation>密钥文件 %1 已损坏。</translation>
    </message>
    <message>
        <source>The key file %1 cannot be removed.</source>
        <translation>无法删除密钥文件 %1。</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The key file %1 cannot be made private.</source>
        <translation>无法将密钥文件 %1 设为仅本人可读。</translation>
    </message>
    <message>
        <source>The system keychain is not available. The key can be kept for this run only, or, if you accept the risk, in a file on this computer.</source>
        <translation>系统密钥环不可用。密钥可以只保留到本次运行结束；如果你接受风险，也可以保存在本机的文件中。</translation>
    </message>
    <message>
        <source>Reading the key from the keychain failed.</source>
        <translation>从密钥环读取密钥失败。</translation>
    </message>
    <message>
        <source>Storing the key in the keychain failed.</source>
        <translation>将密钥保存到密钥环失败。</translation>
    </message>
</context>
<context>
    <name>ServerDeleter</name>
    <message>
        <source>This job never got a video on the gateway.</source>
        <translation>此任务在网关上从未生成视频。</translation>
    </message>
    <message>
        <source>No gateway is set up for this job&apos;s profile.</source>
        <translation>此任务所属的配置尚未设置网关。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Unknown setting %1.</source>
        <translation>未知设置项 %1。</translation>
    </message>
    <message>
        <source>Invalid value for the setting %1.</source>
        <translation>设置项 %1 的值无效。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>&amp;Gateways</source>
        <translation>网关(&amp;G)</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Gateway profiles</source>
        <translation>网关配置</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>添加配置</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>复制(&amp;D)</translation>
    </message>
    <message>
        <source>Duplicate the profile</source>
        <translation>复制此配置</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the profile</source>
        <translation>删除此配置</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>接口地址(&amp;U)：</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <source>https://gateway.example.com</source>
        <translation>https://gateway.example.com</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>显示 API 密钥</translation>
    </message>
    <message>
        <source>Keep for this run only</source>
        <translation>仅在本次运行中保留</translation>
    </message>
    <message>
        <source>Keep the key for this run only</source>
        <translation>仅在本次运行中保留密钥</translation>
    </message>
    <message>
        <source>Store in a file…</source>
        <translation>保存到文件…</translation>
    </message>
    <message>
        <source>Store the key in a file, unencrypted</source>
        <translation>将密钥以未加密方式保存到文件</translation>
    </message>
    <message>
        <source>Use this gateway</source>
        <translation>使用此网关</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>轮询间隔(&amp;P)：</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>轮询间隔（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>请求超时(&amp;T)：</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>请求超时（秒）</translation>
    </message>
    <message>
        <source>Allow HTTP/&amp;2</source>
        <translation>允许 HTTP/2(&amp;2)</translation>
    </message>
    <message>
        <source>Allow HTTP/2</source>
        <translation>允许 HTTP/2</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Proxy t&amp;ype:</source>
        <translation>代理类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>代理类型</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>代理主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>Proxy p&amp;ort:</source>
        <translation>代理端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>选择 CA 证书文件</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>下载文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>选择下载文件夹</translation>
    </message>
    <message>
        <source>Download results &amp;automatically</source>
        <translation>自动下载结果(&amp;A)</translation>
    </message>
    <message>
        <source>Download results automatically</source>
        <translation>自动下载结果</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>桌面通知(&amp;N)</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>桌面通知</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>设置中的问题</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>使用系统代理设置</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>手动设置代理</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>隐藏 API 密钥</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>%1, in use</source>
        <translation>%1，使用中</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>正在读取密钥环…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Using the key from the environment (%1); it overrides the key stored here.</source>
        <translation>正在使用环境变量（%1）中的密钥，它会覆盖此处保存的密钥。</translation>
    </message>
    <message>
        <source>Key changed: it is stored when you apply.</source>
        <translation>密钥已修改：点击“应用”后保存。</translation>
    </message>
    <message>
        <source>Key: %1.</source>
        <translation>密钥：%1。</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the key could not be stored safely. You can keep it for this run only (it is forgotten when VideoRemix closes), or store it in a file on this computer that is not encrypted.</source>
        <translation>系统密钥环不可用，无法安全地保存密钥。你可以只在本次运行中保留它（关闭 VideoRemix 后即被遗忘），或将它保存在本机一个未加密的文件中。</translation>
    </message>
    <message>
        <source>New gateway</source>
        <translation>新网关</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>The download folder must be a full path.</source>
        <translation>下载文件夹必须是完整路径。</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>无法写入设置文件 %1。</translation>
    </message>
    <message>
        <source>Store the key unencrypted?</source>
        <translation>以未加密方式保存密钥？</translation>
    </message>
    <message>
        <source>The API key would be saved WITHOUT encryption in
%1

The file is readable only by your user account, but any program you run, any backup of your home folder and anyone who gets access to this account can read it and spend your credit.

Store the key in this file?</source>
        <translation>API 密钥将以【未加密】方式保存在
%1

该文件只有你的用户账户可以读取，但你运行的任何程序、主目录的任何备份，以及任何能访问此账户的人，都能读到它并消耗你的额度。

要将密钥保存到此文件吗？</translation>
    </message>
    <message>
        <source>Store unencrypted</source>
        <translation>不加密保存</translation>
    </message>
    <message>
        <source>Store the key unencrypted</source>
        <translation>以未加密方式保存密钥</translation>
    </message>
    <message>
        <source>Do not store</source>
        <translation>不保存</translation>
    </message>
    <message>
        <source>Do not store the key</source>
        <translation>不保存密钥</translation>
    </message>
    <message>
        <source>A certificate authority to trust in addition to the system&apos;s, as a PEM file</source>
        <translation>除系统证书外额外信任的证书颁发机构（CA），PEM 格式</translation>
    </message>
    <message>
        <source>Optional PEM file</source>
        <translation>可选，PEM 文件</translation>
    </message>
    <message>
        <source>Gen&amp;eral</source>
        <translation>常规(&amp;E)</translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation>测试连接(&amp;S)</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>配置设置</translation>
    </message>
    <message>
        <source>Connect&amp;ion</source>
        <translation>连接(&amp;I)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Prices and &amp;budget</source>
        <translation>价格与预算(&amp;B)</translation>
    </message>
    <message>
        <source>Prices and budget</source>
        <translation>价格与预算</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>正在将密钥保存到密钥环…</translation>
    </message>
    <message>
        <source>What the system said: %1</source>
        <translation>系统给出的原因（%1）</translation>
    </message>
    <message>
        <source>The key could not be stored in the system keychain: choose where to keep it on the Gateways page.</source>
        <translation>无法将密钥保存到系统密钥环：请在“网关”页面选择保存方式。</translation>
    </message>
</context>
<context>
    <name>SituationWords</name>
    <message>
        <source>The gateway did not accept the API key (HTTP %1).</source>
        <translation>网关不接受该 API 密钥（HTTP %1）。</translation>
    </message>
    <message>
        <source>The gateway is busy: too many requests for now (HTTP 429).</source>
        <translation>网关繁忙：当前请求过多（HTTP 429）。</translation>
    </message>
    <message>
        <source>The gateway had a problem of its own (HTTP %1).</source>
        <translation>网关自身出现问题（HTTP %1）。</translation>
    </message>
    <message>
        <source>The gateway&apos;s content moderation refused this request.</source>
        <translation>网关的内容审核拒绝了此请求。</translation>
    </message>
    <message>
        <source>The gateway&apos;s content moderation blocked this video.</source>
        <translation>网关的内容审核拦截了这个视频。</translation>
    </message>
    <message>
        <source>The gateway could not make this video.</source>
        <translation>网关未能生成这个视频。</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>未创建</translation>
    </message>
    <message>
        <source>Not followed</source>
        <translation>未跟踪</translation>
    </message>
    <message>
        <source>Lost track</source>
        <translation>跟踪中断</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <source>Ask for 1 to %1 versions.</source>
        <translation>版本数须为 1 到 %1 个。</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Nothing was sent: the job library cannot be written (%1).</source>
        <translation>没有发送任何请求：无法写入任务库（%1）。</translation>
    </message>
    <message>
        <source>Nothing was sent: this submit costs about %1 and goes %2 over this month&apos;s budget of %3 (spent so far: %4). Add --over-budget to submit it anyway.</source>
        <translation>没有发送任何请求：这次提交约需 %1，将超出本月预算 %3 共 %2（本月已花费 %4）。加上 --over-budget 可仍然提交。</translation>
    </message>
    <message>
        <source>the source video %1 is not in the job library, and a dry run asks the gateway nothing</source>
        <translation>原视频 %1 不在任务库中，而试运行不会向网关查询</translation>
    </message>
    <message>
        <source>This month&apos;s budget could not be checked: the price is unknown.</source>
        <translation>无法检查本月预算：价格未知。</translation>
    </message>
</context>
<context>
    <name>SubmitForm</name>
    <message>
        <source>Same as source</source>
        <translation>与原视频相同</translation>
    </message>
    <message>
        <source>A model VideoRemix does not know: its size and duration are sent as you type them, and the gateway decides.</source>
        <translation>VideoRemix 不认识这个模型：尺寸和时长按你输入的原样发送，由网关决定。</translation>
    </message>
    <message>
        <source>%1 also makes %2.</source>
        <translation>%1 还可生成 %2。</translation>
    </message>
    <message>
        <source>%1 makes every size listed.</source>
        <translation>%1 可生成列出的所有尺寸。</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
    <message>
        <source>The reference image is still being fitted to the size.</source>
        <translation>参考图仍在按尺寸适配。</translation>
    </message>
    <message>
        <source>Send the remix request (Ctrl+Enter)</source>
        <translation>发送重制请求（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Send the request for a new video (Ctrl+Enter)</source>
        <translation>发送新视频请求（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cannot remix yet:
%1</source>
        <translation>暂时无法重制：
%1</translation>
    </message>
    <message>
        <source>Cannot create yet:
%1</source>
        <translation>暂时无法新建：
%1</translation>
    </message>
    <message>
        <source>&amp;New Video</source>
        <translation>新视频(&amp;N)</translation>
    </message>
    <message>
        <source>Remi&amp;x</source>
        <translation>重制(&amp;X)</translation>
    </message>
    <message>
        <source>Make a video from a prompt or an image</source>
        <translation>根据提示词或图片生成视频</translation>
    </message>
    <message>
        <source>Change a video you already made</source>
        <translation>修改一个已生成的视频</translation>
    </message>
    <message>
        <source>What to make</source>
        <translation>要生成什么</translation>
    </message>
    <message>
        <source>Video &amp;ID:</source>
        <translation>视频 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>video_… or paste the gateway&apos;s answer or a …/videos/&lt;id&gt; URL</source>
        <translation>video_…，也可以粘贴网关的响应或 …/videos/&lt;id&gt; 网址</translation>
    </message>
    <message>
        <source>Video ID</source>
        <translation>视频 ID</translation>
    </message>
    <message>
        <source>The ID of the video to remix</source>
        <translation>要重制的视频的 ID</translation>
    </message>
    <message>
        <source>Problem with the video ID</source>
        <translation>视频 ID 有误</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>提示词(&amp;P)：</translation>
    </message>
    <message>
        <source>Describe the change, in any language</source>
        <translation>描述你想要的改动，中英文均可</translation>
    </message>
    <message>
        <source>Describe the video, in any language: scene, subject, camera, light</source>
        <translation>描述视频，中英文均可：场景、主体、镜头、光线</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Problem with the prompt</source>
        <translation>提示词有误</translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation>提示词长度</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Choose a model, or type the name of any model your gateway routes</source>
        <translation>选择一个模型，或输入网关支持的任意模型名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>&amp;Duration (s):</source>
        <translation>时长（秒）(&amp;D)：</translation>
    </message>
    <message>
        <source>The length of the video in seconds</source>
        <translation>视频时长，单位为秒</translation>
    </message>
    <message>
        <source>Duration in seconds</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>Keep the source&apos;s size, choose one, or type width x height</source>
        <translation>保持原视频尺寸，或选择一个尺寸，或输入“宽x高”</translation>
    </message>
    <message>
        <source>Choose a size the model makes, or type width x height for another model</source>
        <translation>选择模型支持的尺寸，其他模型可输入“宽x高”</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Problem with the model, duration or size</source>
        <translation>模型、时长或尺寸有误</translation>
    </message>
    <message>
        <source>What the model makes</source>
        <translation>模型可生成的内容</translation>
    </message>
    <message>
        <source>Ima&amp;ge:</source>
        <translation>图片(&amp;G)：</translation>
    </message>
    <message>
        <source>Ver&amp;sions:</source>
        <translation>版本(&amp;S)：</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>预估费用</translation>
    </message>
    <message>
        <source>How many versions to make from this one click: each is its own job, and is paid for</source>
        <translation>这次点击要生成几个版本：每个版本都是单独的任务，分别计费</translation>
    </message>
    <message>
        <source>Number of versions</source>
        <translation>版本数</translation>
    </message>
    <message>
        <source>Ctrl+Enter to remix</source>
        <translation>按 Ctrl+Enter 提交重制</translation>
    </message>
    <message>
        <source>Ctrl+Enter to create</source>
        <translation>按 Ctrl+Enter 新建</translation>
    </message>
    <message>
        <source>&amp;Remix</source>
        <translation>重制(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>新建(&amp;C)</translation>
    </message>
    <message>
        <source>Remix</source>
        <translation>重制</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
</context>
<context>
    <name>VersionsStrip</name>
    <message>
        <source>Version %1 of %2: %3</source>
        <translation>第 %1 个版本，共 %2 个：%3</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>状态未知</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <source>Downloading the video…</source>
        <translation>正在下载视频…</translation>
    </message>
    <message>
        <source>The video cannot be previewed here. Use Open to play it.</source>
        <translation>无法在此预览该视频。请点击“打开”播放。</translation>
    </message>
    <message>
        <source>The preview appears here when the video is completed.</source>
        <translation>视频生成完成后，预览会显示在这里。</translation>
    </message>
    <message>
        <source>Video preview</source>
        <translation>视频预览</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the downloaded video in the system&apos;s player</source>
        <translation>用系统播放器打开已下载的视频</translation>
    </message>
    <message>
        <source>Open the video</source>
        <translation>打开视频</translation>
    </message>
    <message>
        <source>Play or pause the preview</source>
        <translation>播放或暂停预览</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>暂停(&amp;A)</translation>
    </message>
    <message>
        <source>Pl&amp;ay</source>
        <translation>播放(&amp;A)</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>正在加载预览…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the bundled local mock gateway and use it.</source>
        <translation>启动并使用自带的本地模拟网关。</translation>
    </message>
    <message>
        <source>The gateway&apos;s base URL (else VIDEOREMIX_BASE_URL or OPENAI_BASE_URL).</source>
        <translation>网关的接口地址（否则使用 VIDEOREMIX_BASE_URL 或 OPENAI_BASE_URL）。</translation>
    </message>
    <message>
        <source>The UI language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Quit as soon as the window has been painted (start-up benchmarks).</source>
        <translation>窗口绘制完成后立即退出（用于启动性能测试）。</translation>
    </message>
    <message>
        <source>Remix videos through an OpenAI-compatible video gateway.</source>
        <translation>通过兼容 OpenAI 的视频网关重制视频。</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>不是 http(s) 网址：%1</translation>
    </message>
    <message>
        <source>The job library cannot be opened: %1</source>
        <translation>无法打开任务库：%1</translation>
    </message>
    <message>
        <source>Colours of this run: light, dark or high-contrast (with the Fusion style), where the desktop&apos;s theme does not reach Qt. By default the window follows the system.</source>
        <translation>本次运行的配色：light（浅色）、dark（深色）或 high-contrast（高对比度），使用 Fusion 样式，适用于桌面主题无法作用于 Qt 的情况。默认情况下窗口跟随系统。</translation>
    </message>
    <message>
        <source>Unknown palette: %1 (use one of: %2)</source>
        <translation>未知的配色：%1（可用：%2）</translation>
    </message>
</context>
</TS>
