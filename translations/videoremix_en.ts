<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About VideoRemix</source>
        <translation>About VideoRemix</translation>
    </message>
    <message>
        <source>VideoRemix</source>
        <translation>VideoRemix</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Remix your videos through an OpenAI-compatible video gateway.</source>
        <translation>Remix your videos through an OpenAI-compatible video gateway.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Built with Qt %1, running on Qt %2.</translation>
    </message>
    <message>
        <source>Released under the MIT License.</source>
        <translation>Released under the MIT License.</translation>
    </message>
    <message>
        <source>Source code: %1</source>
        <translation>Source code: %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>The answer was empty.</source>
        <translation>The answer was empty.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object: %1</source>
        <translation>The answer is not a JSON object: %1</translation>
    </message>
    <message>
        <source>The answer does not describe a video.</source>
        <translation>The answer does not describe a video.</translation>
    </message>
    <message>
        <source>The answer is not a list of videos.</source>
        <translation>The answer is not a list of videos.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the gateway at %1.</source>
        <translation>Could not reach the gateway at %1.</translation>
    </message>
    <message>
        <source>The gateway at %1 did not answer in time.</source>
        <translation>The gateway at %1 did not answer in time.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>The secure connection to %1 failed: its certificate is not trusted.</translation>
    </message>
    <message>
        <source>The gateway answered with HTTP %1 and a web page instead of an API response.</source>
        <translation>The gateway answered with HTTP %1 and a web page instead of an API response.</translation>
    </message>
    <message>
        <source>The gateway answered with HTTP %1: %2</source>
        <translation>The gateway answered with HTTP %1: %2</translation>
    </message>
    <message>
        <source>The gateway answered with HTTP %1.</source>
        <translation>The gateway answered with HTTP %1.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer to the remix was incomplete. It may or may not have been created.</source>
        <translation>The gateway&apos;s answer to the remix was incomplete. It may or may not have been created.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was incomplete or not understood.</source>
        <translation>The gateway&apos;s answer was incomplete or not understood.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent. The job may or may not have been created.</source>
        <translation>The connection broke after the request was sent. The job may or may not have been created.</translation>
    </message>
    <message>
        <source>The gateway did not answer in time after the request was sent. The job may or may not have been created.</source>
        <translation>The gateway did not answer in time after the request was sent. The job may or may not have been created.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--lang takes zh or en.</source>
        <translation>--lang takes zh or en.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 takes exactly one video ID.</source>
        <translation>%1 takes exactly one video ID.</translation>
    </message>
    <message>
        <source>%1 takes no video ID.</source>
        <translation>%1 takes no video ID.</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2.</source>
        <translation>--%1 does not apply to %2.</translation>
    </message>
    <message>
        <source>remix needs --prompt TEXT.</source>
        <translation>remix needs --prompt TEXT.</translation>
    </message>
    <message>
        <source>download needs --output FILE.</source>
        <translation>download needs --output FILE.</translation>
    </message>
    <message>
        <source>--variant takes video, thumbnail or spritesheet.</source>
        <translation>--variant takes video, thumbnail or spritesheet.</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to %1.</source>
        <translation>--limit takes a whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>--status takes one of: %1.</source>
        <translation>--status takes one of: %1.</translation>
    </message>
    <message>
        <source>--poll-interval takes a positive number of seconds, such as 0.5.</source>
        <translation>--poll-interval takes a positive number of seconds, such as 0.5.</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds, such as 30 or 0.5.</source>
        <translation>--timeout takes a positive number of seconds, such as 30 or 0.5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL.</source>
        <translation>&quot;%1&quot; is not an http or https URL.</translation>
    </message>
    <message>
        <source>  %1: sizes %2; seconds %3
</source>
        <translation>  %1: sizes %2; seconds %3
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
        <translation>Usage:
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
        <translation>Options:
  --profile NAME          a gateway profile from the app&apos;s settings (default: the active one)
  --base-url URL          the gateway (else VIDEOREMIX_BASE_URL, else OPENAI_BASE_URL,
                          else the profile&apos;s)
  --json                  print each result as one JSON line; errors as JSON on stderr
  --lang zh|en            language of messages (default: the system&apos;s)
  --poll-interval SECONDS how often to ask for the job&apos;s status (default 5)
  --timeout SECONDS       give up after this long
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
        <translation>Creating and remixing:
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
</translation>
    </message>
    <message>
        <source>The API key is read from VIDEOREMIX_API_KEY, else OPENAI_API_KEY, else the profile&apos;s key
in the system keychain; no option takes it, so it never shows in the process list.

Exit codes: 0 success, 1 the server answered with an error, 2 usage or validation error,
3 network, timeout or TLS failure, 4 the job failed, 5 the outcome of a create or remix
is unknown. With several versions, the highest code of any version.
</source>
        <translation>The API key is read from VIDEOREMIX_API_KEY, else OPENAI_API_KEY, else the profile&apos;s key
in the system keychain; no option takes it, so it never shows in the process list.

Exit codes: 0 success, 1 the server answered with an error, 2 usage or validation error,
3 network, timeout or TLS failure, 4 the job failed, 5 the outcome of a create or remix
is unknown. With several versions, the highest code of any version.
</translation>
    </message>
    <message>
        <source>create needs --prompt TEXT.</source>
        <translation>create needs --prompt TEXT.</translation>
    </message>
    <message>
        <source>--image needs a file.</source>
        <translation>--image needs a file.</translation>
    </message>
    <message>
        <source>--count takes a whole number from 1 to %1.</source>
        <translation>--count takes a whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>  videoremix-cli [--profile NAME] spend [--since YYYY-MM-DD]
</source>
        <translation>  videoremix-cli [--profile NAME] spend [--since YYYY-MM-DD]
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
        <translation>Cost:
  --dry-run               create, remix: check everything, print the requests that would
                          be sent (never the key) and the estimate; send nothing, record
                          nothing
  --over-budget           create, remix: submit even past the profile&apos;s monthly budget
  spend                   what this profile&apos;s jobs were estimated to cost today and this
                          month (prices from the profile; with --base-url and no profile,
                          the list prices); failed jobs, usually refunded, apart
  --since YYYY-MM-DD      spend: since that day&apos;s local midnight instead
</translation>
    </message>
    <message>
        <source>--since takes a date as YYYY-MM-DD, such as 2026-01-31.</source>
        <translation>--since takes a date as YYYY-MM-DD, such as 2026-01-31.</translation>
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
        <translation>  model %1 · size %2 · seconds %3</translation>
    </message>
    <message>
        <source>  remixed from %1</source>
        <translation>  remixed from %1</translation>
    </message>
    <message>
        <source>  created %1</source>
        <translation>  created %1</translation>
    </message>
    <message>
        <source>  expires %1</source>
        <translation>  expires %1</translation>
    </message>
    <message>
        <source>  the gateway says &quot;%1&quot;</source>
        <translation>  the gateway says &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1  %2  %3%  %4</source>
        <translation>%1  %2  %3%  %4</translation>
    </message>
    <message>
        <source>No videos.</source>
        <translation>No videos.</translation>
    </message>
    <message>
        <source>More videos follow: list --after %1</source>
        <translation>More videos follow: list --after %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Deleted %1.</translation>
    </message>
    <message>
        <source>The gateway did not delete %1.</source>
        <translation>The gateway did not delete %1.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4%  %5</source>
        <translation>%1  %2  %3  %4%  %5</translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation>No jobs yet.</translation>
    </message>
    <message>
        <source>* the active profile; choose another with --profile NAME</source>
        <translation>* the active profile; choose another with --profile NAME</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Request ID: %1</translation>
    </message>
    <message>
        <source>Check your API key (VIDEOREMIX_API_KEY).</source>
        <translation>Check your API key (VIDEOREMIX_API_KEY).</translation>
    </message>
    <message>
        <source>Do not simply run the remix again: it may already have been created and charged. Check the gateway&apos;s video list first.</source>
        <translation>Do not simply run the remix again: it may already have been created and charged. Check the gateway&apos;s video list first.</translation>
    </message>
    <message numerus="yes">
        <source>The gateway asks to wait %n seconds.</source>
        <translation>
            <numerusform>The gateway asks to wait %n second.</numerusform>
            <numerusform>The gateway asks to wait %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The job failed: %1</source>
        <translation>The job failed: %1</translation>
    </message>
    <message>
        <source>%1% %2</source>
        <translation>%1% %2</translation>
    </message>
    <message>
        <source>%1 of %2 MiB</source>
        <translation>%1 of %2 MiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Downloading %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Saved %1 (%2).</translation>
    </message>
    <message>
        <source>  version %1 of %2</source>
        <translation>  version %1 of %2</translation>
    </message>
    <message>
        <source>Version %1 of %2.</source>
        <translation>Version %1 of %2.</translation>
    </message>
    <message>
        <source>Do not simply run the create again: the video may already have been created and charged. Check the gateway&apos;s video list first.</source>
        <translation>Do not simply run the create again: the video may already have been created and charged. Check the gateway&apos;s video list first.</translation>
    </message>
    <message>
        <source>%1% · %2 of %3 versions done</source>
        <translation>%1% · %2 of %3 versions done</translation>
    </message>
    <message numerus="yes">
        <source>The gateway is busy (HTTP %1); trying again in %n seconds.</source>
        <translation>
            <numerusform>The gateway is busy (HTTP %1); trying again in %n second.</numerusform>
            <numerusform>The gateway is busy (HTTP %1); trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not get the status (%1); asking again in %n seconds.</source>
        <translation>
            <numerusform>Could not get the status (%1); asking again in %n second.</numerusform>
            <numerusform>Could not get the status (%1); asking again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated cost: unknown (%1)</source>
        <translation>Estimated cost: unknown (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Estimated cost: about %1 (%n versions of %2)</source>
        <translation>
            <numerusform>Estimated cost: about %1 (%n version of %2)</numerusform>
            <numerusform>Estimated cost: about %1 (%n versions of %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated cost: about %1</source>
        <translation>Estimated cost: about %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent and nothing was recorded.</source>
        <translation>Dry run: nothing was sent and nothing was recorded.</translation>
    </message>
    <message>
        <source>Version %1 of %2:</source>
        <translation>Version %1 of %2:</translation>
    </message>
    <message>
        <source>multipart/form-data:</source>
        <translation>multipart/form-data:</translation>
    </message>
    <message>
        <source>%1: the file %2 (%3, %4, %5x%6)</source>
        <translation>%1: the file %2 (%3, %4, %5x%6)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source>Today:      %1</source>
        <translation>Today:      %1</translation>
    </message>
    <message>
        <source>This month: %1</source>
        <translation>This month: %1</translation>
    </message>
    <message>
        <source>Since %1: %2</source>
        <translation>Since %1: %2</translation>
    </message>
    <message>
        <source>Failed, usually refunded by the gateway: %1</source>
        <translation>Failed, usually refunded by the gateway: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a price</source>
        <translation>
            <numerusform>%n without a price</numerusform>
            <numerusform>%n without a price</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated from the profile&apos;s prices for jobs submitted from this computer; the gateway&apos;s own bill decides.</source>
        <translation>Estimated from the profile&apos;s prices for jobs submitted from this computer; the gateway&apos;s own bill decides.</translation>
    </message>
    <message>
        <source>  remixed from %1 (the gateway calls it %2)</source>
        <translation>  remixed from %1 (the gateway calls it %2)</translation>
    </message>
</context>
<context>
    <name>CliSubmission</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>With --count above 1, --download takes a folder; %1 is a file.</source>
        <translation>With --count above 1, --download takes a folder; %1 is a file.</translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>Could not make the folder %1.</translation>
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
        <translation>P&amp;ause</translation>
    </message>
    <message>
        <source>Pl&amp;ay</source>
        <translation>Pl&amp;ay</translation>
    </message>
    <message>
        <source>Pause all videos (Space)</source>
        <translation>Pause all videos (Space)</translation>
    </message>
    <message>
        <source>Play all videos together (Space)</source>
        <translation>Play all videos together (Space)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>Versions: %1</translation>
    </message>
    <message>
        <source>The versions of one submit, played together.</source>
        <translation>The versions of one submit, played together.</translation>
    </message>
    <message>
        <source>The versions of %1, played together.</source>
        <translation>The versions of %1, played together.</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Version %1 of %2</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>Compare: %1</translation>
    </message>
    <message>
        <source>The remix beside its source, played together.</source>
        <translation>The remix beside its source, played together.</translation>
    </message>
    <message>
        <source>Remix</source>
        <translation>Remix</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>This video cannot be played here. Open it from the main window.</source>
        <translation>This video cannot be played here. Open it from the main window.</translation>
    </message>
    <message>
        <source>The videos cannot be played here: the playback component is not available on this system.</source>
        <translation>The videos cannot be played here: the playback component is not available on this system.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Left and Right arrows: a second back or on</source>
        <translation>Left and Right arrows: a second back or on</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close the comparison (Esc)</source>
        <translation>Close the comparison (Esc)</translation>
    </message>
</context>
<context>
    <name>ConnectionTestResult</name>
    <message>
        <source>Connected: the gateway answered and accepted the key.</source>
        <translation>Connected: the gateway answered and accepted the key.</translation>
    </message>
    <message>
        <source>The gateway rejected the key (HTTP %1).</source>
        <translation>The gateway rejected the key (HTTP %1).</translation>
    </message>
    <message>
        <source>This address answers (HTTP %1), but it is not the video API. Check the base URL.</source>
        <translation>This address answers (HTTP %1), but it is not the video API. Check the base URL.</translation>
    </message>
    <message>
        <source>This address answers, but it is not the video API. Check the base URL.</source>
        <translation>This address answers, but it is not the video API. Check the base URL.</translation>
    </message>
    <message>
        <source>The gateway is reachable but reports an error of its own (HTTP %1).</source>
        <translation>The gateway is reachable but reports an error of its own (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway could not be reached.</source>
        <translation>The gateway could not be reached.</translation>
    </message>
    <message>
        <source>The secure connection failed: the gateway&apos;s certificate is not trusted.</source>
        <translation>The secure connection failed: the gateway&apos;s certificate is not trusted.</translation>
    </message>
    <message>
        <source>The gateway did not answer in time.</source>
        <translation>The gateway did not answer in time.</translation>
    </message>
    <message>
        <source>Connected to %1: the gateway answered and accepted the key.</source>
        <translation>Connected to %1: the gateway answered and accepted the key.</translation>
    </message>
    <message>
        <source>VideoRemix asked the video API for a video that does not exist, with your key. The answer shows that this address is the video API and that the key is valid. Nothing was created and nothing was charged.</source>
        <translation>VideoRemix asked the video API for a video that does not exist, with your key. The answer shows that this address is the video API and that the key is valid. Nothing was created and nothing was charged.</translation>
    </message>
</context>
<context>
    <name>CostEstimate</name>
    <message>
        <source>The size is not known, so neither is the price.</source>
        <translation>The size is not known, so neither is the price.</translation>
    </message>
    <message>
        <source>No price for the size %1.</source>
        <translation>No price for the size %1.</translation>
    </message>
    <message>
        <source>No price for %1 at %2: add one in Settings.</source>
        <translation>No price for %1 at %2: add one in Settings.</translation>
    </message>
    <message>
        <source>The duration is not known, so neither is the price.</source>
        <translation>The duration is not known, so neither is the price.</translation>
    </message>
    <message>
        <source>The source video&apos;s model and length are not known yet.</source>
        <translation>The source video&apos;s model and length are not known yet.</translation>
    </message>
    <message>
        <source>The source video could not be looked up: %1</source>
        <translation>The source video could not be looked up: %1</translation>
    </message>
    <message>
        <source>The gateway did not say which model made the source video.</source>
        <translation>The gateway did not say which model made the source video.</translation>
    </message>
</context>
<context>
    <name>CostPresenter</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message numerus="yes">
        <source>About %1 (%n versions of %2)</source>
        <translation>
            <numerusform>About %1 (%n version of %2)</numerusform>
            <numerusform>About %1 (%n versions of %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>%1 left of this month&apos;s budget</source>
        <translation>%1 left of this month&apos;s budget</translation>
    </message>
    <message>
        <source>An estimate from this profile&apos;s prices (Settings). The gateway&apos;s own bill decides.</source>
        <translation>An estimate from this profile&apos;s prices (Settings). The gateway&apos;s own bill decides.</translation>
    </message>
    <message>
        <source>Today %1 · This month %2</source>
        <translation>Today %1 · This month %2</translation>
    </message>
    <message>
        <source>Estimated from the prices in Settings, for jobs submitted from this computer with this profile.</source>
        <translation>Estimated from the prices in Settings, for jobs submitted from this computer with this profile.</translation>
    </message>
    <message>
        <source>Failed jobs this month, usually refunded by the gateway: %1</source>
        <translation>Failed jobs this month, usually refunded by the gateway: %1</translation>
    </message>
    <message>
        <source>Over This Month&apos;s Budget</source>
        <translation>Over This Month&apos;s Budget</translation>
    </message>
    <message>
        <source>This submit costs about %1 and goes %2 over this month&apos;s budget of %3 (spent so far: %4).</source>
        <translation>This submit costs about %1 and goes %2 over this month&apos;s budget of %3 (spent so far: %4).</translation>
    </message>
    <message>
        <source>Submit it anyway?</source>
        <translation>Submit it anyway?</translation>
    </message>
    <message>
        <source>Submit Anyway</source>
        <translation>Submit Anyway</translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) this month had no price.</source>
        <translation>
            <numerusform>%Ln job this month had no price.</numerusform>
            <numerusform>%Ln jobs this month had no price.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateRequest</name>
    <message>
        <source>%1 makes these sizes: %2.</source>
        <translation>%1 makes these sizes: %2.</translation>
    </message>
    <message>
        <source>%1 makes videos of %2 seconds.</source>
        <translation>%1 makes videos of %2 seconds.</translation>
    </message>
    <message>
        <source>Describe the video you want in the prompt.</source>
        <translation>Describe the video you want in the prompt.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message numerus="yes">
        <source>The demo server did not start within %n seconds.</source>
        <translation>
            <numerusform>The demo server did not start within %n second.</numerusform>
            <numerusform>The demo server did not start within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>The demo server could not be started: %1</translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready (exit code %1).</source>
        <translation>The demo server stopped before it was ready (exit code %1).</translation>
    </message>
    <message>
        <source>The demo server (videoremix-mock) was not found next to the application.</source>
        <translation>The demo server (videoremix-mock) was not found next to the application.</translation>
    </message>
    <message>
        <source>The demo server announced an address that is not a URL.</source>
        <translation>The demo server announced an address that is not a URL.</translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>The gateway sent %1 instead of the video.</source>
        <translation>The gateway sent %1 instead of the video.</translation>
    </message>
    <message>
        <source>Received %1 of %2 bytes.</source>
        <translation>Received %1 of %2 bytes.</translation>
    </message>
    <message>
        <source>The gateway sent an empty file.</source>
        <translation>The gateway sent an empty file.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation>Too many redirects.</translation>
    </message>
    <message>
        <source>The gateway sent a video (%1) instead of the thumbnail image; it was not saved as an image.</source>
        <translation>The gateway sent a video (%1) instead of the thumbnail image; it was not saved as an image.</translation>
    </message>
    <message>
        <source>The gateway sent a video (%1) instead of the spritesheet image; it was not saved as an image.</source>
        <translation>The gateway sent a video (%1) instead of the spritesheet image; it was not saved as an image.</translation>
    </message>
    <message>
        <source>The gateway sent a video instead of the thumbnail image; it was not saved as an image.</source>
        <translation>The gateway sent a video instead of the thumbnail image; it was not saved as an image.</translation>
    </message>
    <message>
        <source>The gateway sent a video instead of the spritesheet image; it was not saved as an image.</source>
        <translation>The gateway sent a video instead of the spritesheet image; it was not saved as an image.</translation>
    </message>
    <message>
        <source>The answer&apos;s Content-Range (%1) does not continue the download at byte %2; starting again from the beginning.</source>
        <translation>The answer&apos;s Content-Range (%1) does not continue the download at byte %2; starting again from the beginning.</translation>
    </message>
    <message>
        <source>The download could not continue at byte %1 (HTTP 416); starting again from the beginning.</source>
        <translation>The download could not continue at byte %1 (HTTP 416); starting again from the beginning.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Show error details</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>Dismiss (Esc)</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>Dismiss error</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Open &amp;Settings…</translation>
    </message>
    <message>
        <source>Open settings to check the API key</source>
        <translation>Open settings to check the API key</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Error details</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Error message in the other language</source>
        <translation>Error message in the other language</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>What you can do</translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation>Retry countdown</translation>
    </message>
    <message>
        <source>The gateway did not accept the API key. Check your API key in the settings.</source>
        <translation>The gateway did not accept the API key. Check your API key in the settings.</translation>
    </message>
    <message>
        <source>The gateway is busy and asked us to wait. The request will be sent again by itself.</source>
        <translation>The gateway is busy and asked us to wait. The request will be sent again by itself.</translation>
    </message>
    <message>
        <source>The gateway is busy. Wait for the countdown, then try again.</source>
        <translation>The gateway is busy. Wait for the countdown, then try again.</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Trying again in %n second…</numerusform>
            <numerusform>Trying again in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again now…</source>
        <translation>Trying again now…</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>What happened: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP status: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Parameter: %1</source>
        <translation>Parameter: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Request ID: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Transport: %1</source>
        <translation>Transport: %1</translation>
    </message>
    <message>
        <source>Response body:</source>
        <translation>Response body:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>The connection ended after the request was sent, so the job may have been created, and charged, even though no answer arrived. Check the gateway&apos;s list of videos before trying again, or you may pay twice.</source>
        <translation>The connection ended after the request was sent, so the job may have been created, and charged, even though no answer arrived. Check the gateway&apos;s list of videos before trying again, or you may pay twice.</translation>
    </message>
    <message>
        <source>The gateway answered with an error, but it may have passed the request on before failing, so the job may have been created, and charged. Check the gateway&apos;s list of videos before trying again, or you may pay twice.</source>
        <translation>The gateway answered with an error, but it may have passed the request on before failing, so the job may have been created, and charged. Check the gateway&apos;s list of videos before trying again, or you may pay twice.</translation>
    </message>
    <message>
        <source>The gateway did not accept the API key. %1</source>
        <translation>The gateway did not accept the API key. %1</translation>
    </message>
    <message>
        <source>Check that the gateway&apos;s address, %1, is right and that the gateway is running, then try again.</source>
        <translation>Check that the gateway&apos;s address, %1, is right and that the gateway is running, then try again.</translation>
    </message>
    <message numerus="yes">
        <source>Retry after: %Ln ms</source>
        <translation>
            <numerusform>Retry after: %Ln ms</numerusform>
            <numerusform>Retry after: %Ln ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayBinding</name>
    <message>
        <source>The gateway &quot;%1&quot; is not used: %2</source>
        <translation>The gateway &quot;%1&quot; is not used: %2</translation>
    </message>
</context>
<context>
    <name>GatewayChoice</name>
    <message>
        <source>There is no gateway profile to use.</source>
        <translation>There is no gateway profile to use.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for %2, not %3: leave out one of the two.</source>
        <translation>The profile &quot;%1&quot; is for %2, not %3: leave out one of the two.</translation>
    </message>
</context>
<context>
    <name>GatewayImporter</name>
    <message>
        <source>No gateway is set up for this profile.</source>
        <translation>No gateway is set up for this profile.</translation>
    </message>
    <message>
        <source>This gateway has no list of videos (GET /v1/videos), so there is nothing to import.</source>
        <translation>This gateway has no list of videos (GET /v1/videos), so there is nothing to import.</translation>
    </message>
</context>
<context>
    <name>GatewayProfile</name>
    <message>
        <source>The base URL is empty.</source>
        <translation>The base URL is empty.</translation>
    </message>
    <message>
        <source>The base URL is not a valid URL.</source>
        <translation>The base URL is not a valid URL.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// or http://.</source>
        <translation>The base URL must start with https:// or http://.</translation>
    </message>
    <message>
        <source>The base URL has no host name.</source>
        <translation>The base URL has no host name.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; the API key is set separately.</source>
        <translation>The base URL must not contain a user name or password; the API key is set separately.</translation>
    </message>
    <message>
        <source>The base URL must not contain a query (?) or fragment (#).</source>
        <translation>The base URL must not contain a query (?) or fragment (#).</translation>
    </message>
    <message>
        <source>The profile has no identifier.</source>
        <translation>The profile has no identifier.</translation>
    </message>
    <message>
        <source>The profile name is empty.</source>
        <translation>The profile name is empty.</translation>
    </message>
    <message numerus="yes">
        <source>The profile name is longer than %n characters.</source>
        <translation>
            <numerusform>The profile name is longer than %n character.</numerusform>
            <numerusform>The profile name is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile name must not start or end with spaces.</source>
        <translation>The profile name must not start or end with spaces.</translation>
    </message>
    <message>
        <source>The poll interval must be between %1 and %2 seconds.</source>
        <translation>The poll interval must be between %1 and %2 seconds.</translation>
    </message>
    <message>
        <source>The request timeout must be between %1 and %2 seconds.</source>
        <translation>The request timeout must be between %1 and %2 seconds.</translation>
    </message>
    <message>
        <source>The manual proxy needs a host name.</source>
        <translation>The manual proxy needs a host name.</translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535.</source>
        <translation>The proxy port must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>The proxy type must be HTTP or SOCKS5.</source>
        <translation>The proxy type must be HTTP or SOCKS5.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read: %2</source>
        <translation>The CA certificate file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM or DER certificate.</source>
        <translation>The file %1 holds no PEM or DER certificate.</translation>
    </message>
    <message>
        <source>At least one gateway profile is needed.</source>
        <translation>At least one gateway profile is needed.</translation>
    </message>
    <message>
        <source>Two profiles share the identifier %1.</source>
        <translation>Two profiles share the identifier %1.</translation>
    </message>
    <message>
        <source>Two profiles are named &quot;%1&quot;; names must differ.</source>
        <translation>Two profiles are named &quot;%1&quot;; names must differ.</translation>
    </message>
    <message>
        <source>The monthly budget cannot be negative.</source>
        <translation>The monthly budget cannot be negative.</translation>
    </message>
</context>
<context>
    <name>GatewaySelection</name>
    <message>
        <source>There is no profile named &quot;%1&quot;; &quot;videoremix-cli profiles&quot; lists them.</source>
        <translation>There is no profile named &quot;%1&quot;; &quot;videoremix-cli profiles&quot; lists them.</translation>
    </message>
    <message>
        <source>No API key for the profile &quot;%1&quot;: set it in VideoRemix&apos;s settings, or set VIDEOREMIX_API_KEY.</source>
        <translation>No API key for the profile &quot;%1&quot;: set it in VideoRemix&apos;s settings, or set VIDEOREMIX_API_KEY.</translation>
    </message>
    <message>
        <source>No API key: set VIDEOREMIX_API_KEY.</source>
        <translation>No API key: set VIDEOREMIX_API_KEY.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Search the history</source>
        <translation>Search the history</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Show jobs with status</source>
        <translation>Show jobs with status</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>Job history</translation>
    </message>
    <message>
        <source>Number of jobs</source>
        <translation>Number of jobs</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching job(s)</source>
        <translation>
            <numerusform>%Ln matching job</numerusform>
            <numerusform>%Ln matching jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s)</source>
        <translation>
            <numerusform>%Ln job</numerusform>
            <numerusform>%Ln jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>Search prompts and IDs (Ctrl+F)</source>
        <translation>Search prompts and IDs (Ctrl+F)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Show the history as a list (%1)</source>
        <translation>Show the history as a list (%1)</translation>
    </message>
    <message>
        <source>History as a list</source>
        <translation>History as a list</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Show the history as a grid of thumbnails (%1)</source>
        <translation>Show the history as a grid of thumbnails (%1)</translation>
    </message>
    <message>
        <source>History as a grid</source>
        <translation>History as a grid</translation>
    </message>
    <message>
        <source>Copy &amp;Video ID</source>
        <translation>Copy &amp;Video ID</translation>
    </message>
    <message>
        <source>Job actions</source>
        <translation>Job actions</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>&amp;Remix This</source>
        <translation>&amp;Remix This</translation>
    </message>
    <message>
        <source>Use the selected video as the source of a new remix</source>
        <translation>Use the selected video as the source of a new remix</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>Play the selected remix beside its source, or the versions of one submit together</source>
        <translation>Play the selected remix beside its source, or the versions of one submit together</translation>
    </message>
</context>
<context>
    <name>JobDetailsWidget</name>
    <message>
        <source>Looking for the job among the gateway&apos;s recent videos…</source>
        <translation>Looking for the job among the gateway&apos;s recent videos…</translation>
    </message>
    <message>
        <source>Checking the job failed, trying again: %1</source>
        <translation>Checking the job failed, trying again: %1</translation>
    </message>
    <message>
        <source>Deleted on the gateway. The local files stay.</source>
        <translation>Deleted on the gateway. The local files stay.</translation>
    </message>
    <message>
        <source>The gateway no longer had this video.</source>
        <translation>The gateway no longer had this video.</translation>
    </message>
    <message>
        <source>This gateway cannot delete videos.</source>
        <translation>This gateway cannot delete videos.</translation>
    </message>
    <message>
        <source>Deleting on the gateway failed: %1</source>
        <translation>Deleting on the gateway failed: %1</translation>
    </message>
    <message>
        <source>The gateway reports that the job failed.</source>
        <translation>The gateway reports that the job failed.</translation>
    </message>
    <message>
        <source>The job failed: %1</source>
        <translation>The job failed: %1</translation>
    </message>
    <message>
        <source>Downloading the video…</source>
        <translation>Downloading the video…</translation>
    </message>
    <message>
        <source>On the gateway, not downloaded yet (%1)</source>
        <translation>On the gateway, not downloaded yet (%1)</translation>
    </message>
    <message>
        <source>Remove this job from the library and delete its video, thumbnail and notes from the disk?</source>
        <translation>Remove this job from the library and delete its video, thumbnail and notes from the disk?</translation>
    </message>
    <message>
        <source>Remove this job from the library? Its files stay where they are.</source>
        <translation>Remove this job from the library? Its files stay where they are.</translation>
    </message>
    <message>
        <source>Remove Job</source>
        <translation>Remove Job</translation>
    </message>
    <message>
        <source>Delete on the Gateway</source>
        <translation>Delete on the Gateway</translation>
    </message>
    <message>
        <source>Delete the video %1 on the gateway? This cannot be undone; downloaded files stay on this computer.</source>
        <translation>Delete the video %1 on the gateway? This cannot be undone; downloaded files stay on this computer.</translation>
    </message>
    <message>
        <source>Deleting on the gateway…</source>
        <translation>Deleting on the gateway…</translation>
    </message>
    <message>
        <source>No ID yet</source>
        <translation>No ID yet</translation>
    </message>
    <message>
        <source>ID of the new video</source>
        <translation>ID of the new video</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the ID to the clipboard</source>
        <translation>Copy the ID to the clipboard</translation>
    </message>
    <message>
        <source>Copy the ID</source>
        <translation>Copy the ID</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Job message</source>
        <translation>Job message</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Seconds:</source>
        <translation>Seconds:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Elapsed:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Remixed from:</source>
        <translation>Remixed from:</translation>
    </message>
    <message>
        <source>Remixes:</source>
        <translation>Remixes:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Elapsed time</translation>
    </message>
    <message>
        <source>Where the result is</source>
        <translation>Where the result is</translation>
    </message>
    <message>
        <source>Remixed from</source>
        <translation>Remixed from</translation>
    </message>
    <message>
        <source>Remixes of this video</source>
        <translation>Remixes of this video</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Remix &amp;This</source>
        <translation>Remix &amp;This</translation>
    </message>
    <message>
        <source>Put this video&apos;s ID into the form to remix it again</source>
        <translation>Put this video&apos;s ID into the form to remix it again</translation>
    </message>
    <message>
        <source>Remix this result</source>
        <translation>Remix this result</translation>
    </message>
    <message>
        <source>Re&amp;concile</source>
        <translation>Re&amp;concile</translation>
    </message>
    <message>
        <source>Look for this job among the gateway&apos;s recent videos instead of sending it again</source>
        <translation>Look for this job among the gateway&apos;s recent videos instead of sending it again</translation>
    </message>
    <message>
        <source>Reconcile with the gateway</source>
        <translation>Reconcile with the gateway</translation>
    </message>
    <message>
        <source>Stop checking this job&apos;s status. The job itself goes on at the gateway.</source>
        <translation>Stop checking this job&apos;s status. The job itself goes on at the gateway.</translation>
    </message>
    <message>
        <source>Stop following the job</source>
        <translation>Stop following the job</translation>
    </message>
    <message>
        <source>Check this job&apos;s status at the gateway again</source>
        <translation>Check this job&apos;s status at the gateway again</translation>
    </message>
    <message>
        <source>Follow the job again</source>
        <translation>Follow the job again</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Download</translation>
    </message>
    <message>
        <source>Download the result now</source>
        <translation>Download the result now</translation>
    </message>
    <message>
        <source>Download the result</source>
        <translation>Download the result</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Copy as c&amp;url</translation>
    </message>
    <message>
        <source>Copy as curl command</source>
        <translation>Copy as curl command</translation>
    </message>
    <message>
        <source>Show the video in its folder</source>
        <translation>Show the video in its folder</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Delete the job</source>
        <translation>Delete the job</translation>
    </message>
    <message>
        <source>Remove from the Library</source>
        <translation>Remove from the Library</translation>
    </message>
    <message>
        <source>Remove from the Library and Delete Files</source>
        <translation>Remove from the Library and Delete Files</translation>
    </message>
    <message>
        <source>Delete on the Gateway…</source>
        <translation>Delete on the Gateway…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Stop Follo&amp;wing</source>
        <translation>Stop Follo&amp;wing</translation>
    </message>
    <message>
        <source>Follo&amp;w Again</source>
        <translation>Follo&amp;w Again</translation>
    </message>
    <message>
        <source>Show in Fold&amp;er</source>
        <translation>Show in Fold&amp;er</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>Made from:</translation>
    </message>
    <message>
        <source>the prompt alone</source>
        <translation>the prompt alone</translation>
    </message>
    <message>
        <source>the prompt and the image %1</source>
        <translation>the prompt and the image %1</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versions:</translation>
    </message>
    <message>
        <source>The versions of this submit, side by side</source>
        <translation>The versions of this submit, side by side</translation>
    </message>
    <message>
        <source>Copy this request as a curl command; the key stays in $VIDEOREMIX_API_KEY</source>
        <translation>Copy this request as a curl command; the key stays in $VIDEOREMIX_API_KEY</translation>
    </message>
    <message>
        <source>The gateway answered the request with an error, but it may have passed it on first: the job may have been created (and charged). Reconcile looks for it on the gateway; VideoRemix never sends it again by itself.</source>
        <translation>The gateway answered the request with an error, but it may have passed it on first: the job may have been created (and charged). Reconcile looks for it on the gateway; VideoRemix never sends it again by itself.</translation>
    </message>
    <message>
        <source>The request was sent, but its answer never arrived: the job may have been created (and charged). Reconcile looks for it on the gateway; VideoRemix never sends it again by itself.</source>
        <translation>The request was sent, but its answer never arrived: the job may have been created (and charged). Reconcile looks for it on the gateway; VideoRemix never sends it again by itself.</translation>
    </message>
    <message>
        <source>%1 (the gateway calls it %2)</source>
        <translation>%1 (the gateway calls it %2)</translation>
    </message>
    <message>
        <source>Select a job in the history to see its details here.

Video IDs come from your gateway: make a video on the New Video tab, paste an ID (or the gateway&apos;s whole answer) into Video ID on the Remix tab, or bring your videos in with File &gt; Import from Gateway.</source>
        <translation>Select a job in the history to see its details here.

Video IDs come from your gateway: make a video on the New Video tab, paste an ID (or the gateway&apos;s whole answer) into Video ID on the Remix tab, or bring your videos in with File &gt; Import from Gateway.</translation>
    </message>
</context>
<context>
    <name>JobGalleryDelegate</name>
    <message>
        <source>Version %1/%2</source>
        <translation>Version %1/%2</translation>
    </message>
</context>
<context>
    <name>JobHistoryDelegate</name>
    <message>
        <source>New video</source>
        <translation>New video</translation>
    </message>
</context>
<context>
    <name>JobHistoryModel</name>
    <message>
        <source>version %1 of %2</source>
        <translation>version %1 of %2</translation>
    </message>
</context>
<context>
    <name>JobLibrary</name>
    <message>
        <source>No gateway is set up for this profile.</source>
        <translation>No gateway is set up for this profile.</translation>
    </message>
    <message>
        <source>The job library cannot be written: %1</source>
        <translation>The job library cannot be written: %1</translation>
    </message>
</context>
<context>
    <name>JobNotifier</name>
    <message>
        <source>Remix completed</source>
        <translation>Remix completed</translation>
    </message>
    <message>
        <source>Remix failed</source>
        <translation>Remix failed</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Video completed</source>
        <translation>Video completed</translation>
    </message>
    <message>
        <source>Video failed</source>
        <translation>Video failed</translation>
    </message>
</context>
<context>
    <name>JobRecord</name>
    <message>
        <source>Submitting</source>
        <translation>Submitting</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Unknown status</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Deleted on the gateway</source>
        <translation>Deleted on the gateway</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n min</source>
        <translation>
            <numerusform>expires in %n min</numerusform>
            <numerusform>expires in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n h</source>
        <translation>
            <numerusform>expires in %n h</numerusform>
            <numerusform>expires in %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway deleted the result at %1, before it was downloaded.</source>
        <translation>The gateway deleted the result at %1, before it was downloaded.</translation>
    </message>
    <message>
        <source>Not among the gateway&apos;s recent videos: the job was most likely never created. You may submit it again.</source>
        <translation>Not among the gateway&apos;s recent videos: the job was most likely never created. You may submit it again.</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>VideoRemix stopped before the gateway answered this remix. It may or may not have been created (and charged); it was not sent again.</source>
        <translation>VideoRemix stopped before the gateway answered this remix. It may or may not have been created (and charged); it was not sent again.</translation>
    </message>
    <message>
        <source>It was written by a newer version of VideoRemix (schema %1).</source>
        <translation>It was written by a newer version of VideoRemix (schema %1).</translation>
    </message>
</context>
<context>
    <name>JobSubmitter</name>
    <message>
        <source>No gateway is set up for this profile.</source>
        <translation>No gateway is set up for this profile.</translation>
    </message>
    <message>
        <source>The job library cannot be written: %1</source>
        <translation>The job library cannot be written: %1</translation>
    </message>
</context>
<context>
    <name>JobTracker</name>
    <message numerus="yes">
        <source>The job did not finish within %n minutes.</source>
        <translation>
            <numerusform>The job did not finish within %n minute.</numerusform>
            <numerusform>The job did not finish within %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyOrigin</name>
    <message>
        <source>The key in use comes from the environment variable %1, which overrides the keys in the settings: correct or unset %1, then restart VideoRemix.</source>
        <translation>The key in use comes from the environment variable %1, which overrides the keys in the settings: correct or unset %1, then restart VideoRemix.</translation>
    </message>
    <message>
        <source>The key in use is the profile &quot;%1&quot;&apos;s, stored in the system keychain: correct it in the settings.</source>
        <translation>The key in use is the profile &quot;%1&quot;&apos;s, stored in the system keychain: correct it in the settings.</translation>
    </message>
    <message>
        <source>The key in use is the profile &quot;%1&quot;&apos;s, stored unencrypted in the key file %2: correct it in the settings.</source>
        <translation>The key in use is the profile &quot;%1&quot;&apos;s, stored unencrypted in the key file %2: correct it in the settings.</translation>
    </message>
    <message>
        <source>The key in use is the profile &quot;%1&quot;&apos;s, kept for this run only: correct it in the settings.</source>
        <translation>The key in use is the profile &quot;%1&quot;&apos;s, kept for this run only: correct it in the settings.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Follow the &amp;System</translation>
    </message>
    <message>
        <source>Chinese when the system&apos;s language is Chinese, else English</source>
        <translation>Chinese when the system&apos;s language is Chinese, else English</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Starting the demo…</source>
        <translation>Starting the demo…</translation>
    </message>
    <message>
        <source>No gateway is configured.</source>
        <translation>No gateway is configured.</translation>
    </message>
    <message>
        <source>Gateway: %1</source>
        <translation>Gateway: %1</translation>
    </message>
    <message>
        <source>Gateway: %1 (%2)</source>
        <translation>Gateway: %1 (%2)</translation>
    </message>
    <message>
        <source>API key: not set</source>
        <translation>API key: not set</translation>
    </message>
    <message>
        <source>API key: set</source>
        <translation>API key: set</translation>
    </message>
    <message>
        <source>No gateway configured</source>
        <translation>No gateway configured</translation>
    </message>
    <message>
        <source>Demo (local mock server)</source>
        <translation>Demo (local mock server)</translation>
    </message>
    <message>
        <source>Gateway in use</source>
        <translation>Gateway in use</translation>
    </message>
    <message>
        <source>Whether an API key is set</source>
        <translation>Whether an API key is set</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demo mode</translation>
    </message>
    <message>
        <source>Welcome to VideoRemix</source>
        <translation>Welcome to VideoRemix</translation>
    </message>
    <message>
        <source>&amp;Try the Demo</source>
        <translation>&amp;Try the Demo</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Try the demo</translation>
    </message>
    <message>
        <source>Job Details</source>
        <translation>Job Details</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Job details</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About VideoRemix</source>
        <translation>&amp;About VideoRemix</translation>
    </message>
    <message>
        <source>This gateway has no list of videos, so VideoRemix cannot import them or look for a remix whose outcome is unknown. Jobs you submit here are still kept.</source>
        <translation>This gateway has no list of videos, so VideoRemix cannot import them or look for a remix whose outcome is unknown. Jobs you submit here are still kept.</translation>
    </message>
    <message>
        <source>Nothing to import: this gateway cannot list its videos.</source>
        <translation>Nothing to import: this gateway cannot list its videos.</translation>
    </message>
    <message>
        <source>Importing the gateway&apos;s videos…</source>
        <translation>Importing the gateway&apos;s videos…</translation>
    </message>
    <message>
        <source>No API key is set for this gateway.</source>
        <translation>No API key is set for this gateway.</translation>
    </message>
    <message>
        <source>Confirm first that the key may be sent over plain HTTP.</source>
        <translation>Confirm first that the key may be sent over plain HTTP.</translation>
    </message>
    <message>
        <source>API key: from environment</source>
        <translation>API key: from environment</translation>
    </message>
    <message>
        <source>No API key is set up yet. Try the demo: it runs a small local server that behaves like a real gateway, so you can see the whole flow offline, without an API key and without cost. Or open the settings to enter your gateway&apos;s address and key.</source>
        <translation>No API key is set up yet. Try the demo: it runs a small local server that behaves like a real gateway, so you can see the whole flow offline, without an API key and without cost. Or open the settings to enter your gateway&apos;s address and key.</translation>
    </message>
    <message>
        <source>Set Up a &amp;Gateway…</source>
        <translation>Set Up a &amp;Gateway…</translation>
    </message>
    <message>
        <source>Set up a gateway in the settings</source>
        <translation>Set up a gateway in the settings</translation>
    </message>
    <message>
        <source>Send Over &amp;HTTP Anyway</source>
        <translation>Send Over &amp;HTTP Anyway</translation>
    </message>
    <message>
        <source>Send the key over unencrypted HTTP for this profile until VideoRemix quits</source>
        <translation>Send the key over unencrypted HTTP for this profile until VideoRemix quits</translation>
    </message>
    <message>
        <source>Change the &amp;Gateway…</source>
        <translation>Change the &amp;Gateway…</translation>
    </message>
    <message>
        <source>Open the settings to change the gateway</source>
        <translation>Open the settings to change the gateway</translation>
    </message>
    <message>
        <source>Warning about plain HTTP</source>
        <translation>Warning about plain HTTP</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>Job history</translation>
    </message>
    <message>
        <source>&amp;Import from Gateway</source>
        <translation>&amp;Import from Gateway</translation>
    </message>
    <message>
        <source>Add the videos of this gateway&apos;s account that the history does not have yet</source>
        <translation>Add the videos of this gateway&apos;s account that the history does not have yet</translation>
    </message>
    <message>
        <source>The API key could not be read: the system keychain is not available. Open the settings to enter the key and keep it for this run only, or store it in a file on this computer.</source>
        <translation>The API key could not be read: the system keychain is not available. Open the settings to enter the key and keep it for this run only, or store it in a file on this computer.</translation>
    </message>
    <message>
        <source>Use the &amp;Demo Gateway</source>
        <translation>Use the &amp;Demo Gateway</translation>
    </message>
    <message>
        <source>Switch to the local demo server: no API key, no cost</source>
        <translation>Switch to the local demo server: no API key, no cost</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new video(s) from the gateway.</source>
        <translation>
            <numerusform>Imported %Ln new video from the gateway.</numerusform>
            <numerusform>Imported %Ln new videos from the gateway.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Job</translation>
    </message>
    <message>
        <source>These are the demo&apos;s sample videos: describe a change and press Remix, or make a new one.</source>
        <translation>These are the demo&apos;s sample videos: describe a change and press Remix, or make a new one.</translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <source>720p (1280x720, 720x1280)</source>
        <translation>720p (1280x720, 720x1280)</translation>
    </message>
    <message>
        <source>1792 (1792x1024, 1024x1792)</source>
        <translation>1792 (1792x1024, 1024x1792)</translation>
    </message>
    <message>
        <source>1080p (1920x1080, 1080x1920)</source>
        <translation>1080p (1920x1080, 1080x1920)</translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as USD or CNY.</source>
        <translation>The currency is a three-letter code such as USD or CNY.</translation>
    </message>
    <message>
        <source>Every price needs a model name without spaces.</source>
        <translation>Every price needs a model name without spaces.</translation>
    </message>
    <message>
        <source>Prices cannot be negative.</source>
        <translation>Prices cannot be negative.</translation>
    </message>
    <message>
        <source>%1 has two prices for the same size class.</source>
        <translation>%1 has two prices for the same size class.</translation>
    </message>
</context>
<context>
    <name>PriceTableEditor</name>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Size class</translation>
    </message>
    <message>
        <source>Price per second</source>
        <translation>Price per second</translation>
    </message>
    <message>
        <source>Price per second (%1)</source>
        <translation>Price per second (%1)</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Currency:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>A three-letter code such as USD or CNY</source>
        <translation>A three-letter code such as USD or CNY</translation>
    </message>
    <message>
        <source>Three letters, such as USD or CNY</source>
        <translation>Three letters, such as USD or CNY</translation>
    </message>
    <message>
        <source>What the gateway charges per second of video, for each model and size class. A model without a row here has no known price.</source>
        <translation>What the gateway charges per second of video, for each model and size class. A model without a row here has no known price.</translation>
    </message>
    <message>
        <source>Prices per second</source>
        <translation>Prices per second</translation>
    </message>
    <message>
        <source>Add ro&amp;w</source>
        <translation>Add ro&amp;w</translation>
    </message>
    <message>
        <source>Add a price</source>
        <translation>Add a price</translation>
    </message>
    <message>
        <source>Remo&amp;ve row</source>
        <translation>Remo&amp;ve row</translation>
    </message>
    <message>
        <source>Remove the selected prices</source>
        <translation>Remove the selected prices</translation>
    </message>
    <message>
        <source>Reset to &amp;list prices</source>
        <translation>Reset to &amp;list prices</translation>
    </message>
    <message>
        <source>Reset to the public list prices</source>
        <translation>Reset to the public list prices</translation>
    </message>
    <message>
        <source>The public list prices in US dollars, billed per second; the budget stays</source>
        <translation>The public list prices in US dollars, billed per second; the budget stays</translation>
    </message>
    <message>
        <source>&amp;Price per call:</source>
        <translation>&amp;Price per call:</translation>
    </message>
    <message>
        <source>The gateway bills per call</source>
        <translation>The gateway bills per call</translation>
    </message>
    <message>
        <source>Price per call</source>
        <translation>Price per call</translation>
    </message>
    <message>
        <source>&amp;Monthly budget:</source>
        <translation>&amp;Monthly budget:</translation>
    </message>
    <message>
        <source>Set a monthly budget</source>
        <translation>Set a monthly budget</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Monthly budget</translation>
    </message>
    <message>
        <source>Problems with the prices</source>
        <translation>Problems with the prices</translation>
    </message>
    <message>
        <source>Every job costs this, whatever the model or length.</source>
        <translation>Every job costs this, whatever the model or length.</translation>
    </message>
    <message>
        <source>A submit that would go over it asks first.</source>
        <translation>A submit that would go over it asks first.</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>This gateway cannot list its videos, so VideoRemix cannot look for the job. Check the gateway&apos;s own records, then submit it again or remove it.</source>
        <translation>This gateway cannot list its videos, so VideoRemix cannot look for the job. Check the gateway&apos;s own records, then submit it again or remove it.</translation>
    </message>
    <message>
        <source>This job already has its video on the gateway.</source>
        <translation>This job already has its video on the gateway.</translation>
    </message>
    <message>
        <source>No gateway is set up for this profile.</source>
        <translation>No gateway is set up for this profile.</translation>
    </message>
    <message>
        <source>No matching video is among the gateway&apos;s recent videos: the job was most likely never created. You may submit it again.</source>
        <translation>No matching video is among the gateway&apos;s recent videos: the job was most likely never created. You may submit it again.</translation>
    </message>
    <message>
        <source>Found on the gateway as %1.</source>
        <translation>Found on the gateway as %1.</translation>
    </message>
</context>
<context>
    <name>ReferenceImage</name>
    <message>
        <source>The image file cannot be read.</source>
        <translation>The image file cannot be read.</translation>
    </message>
    <message>
        <source>The image file is empty.</source>
        <translation>The image file is empty.</translation>
    </message>
    <message numerus="yes">
        <source>The image file is larger than %n MB.</source>
        <translation>
            <numerusform>The image file is larger than %n MB.</numerusform>
            <numerusform>The image file is larger than %n MB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The image has more than %n million pixels.</source>
        <translation>
            <numerusform>The image has more than %n million pixel.</numerusform>
            <numerusform>The image has more than %n million pixels.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not an image VideoRemix can read.</source>
        <translation>The file is not an image VideoRemix can read.</translation>
    </message>
    <message>
        <source>Use a JPEG, PNG or WebP image.</source>
        <translation>Use a JPEG, PNG or WebP image.</translation>
    </message>
</context>
<context>
    <name>ReferenceImageField</name>
    <message>
        <source>Choose a Reference Image</source>
        <translation>Choose a Reference Image</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Drop an image here</source>
        <translation>Drop an image here</translation>
    </message>
    <message>
        <source>Optional: the first frame of the video. JPEG, PNG or WebP; drop or paste it here.</source>
        <translation>Optional: the first frame of the video. JPEG, PNG or WebP; drop or paste it here.</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>Cannot use %1: %2</translation>
    </message>
    <message>
        <source>%1: fitting to %2…</source>
        <translation>%1: fitting to %2…</translation>
    </message>
    <message>
        <source>%1: choose a size to fit it to.</source>
        <translation>%1: choose a size to fit it to.</translation>
    </message>
    <message>
        <source>%1, %2: scaled and cropped to %3, as shown.</source>
        <translation>%1, %2: scaled and cropped to %3, as shown.</translation>
    </message>
    <message>
        <source>%1, %2: sent as it is.</source>
        <translation>%1, %2: sent as it is.</translation>
    </message>
    <message>
        <source>C&amp;hoose Image…</source>
        <translation>C&amp;hoose Image…</translation>
    </message>
    <message>
        <source>Choose a reference image</source>
        <translation>Choose a reference image</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Remove the reference image</source>
        <translation>Remove the reference image</translation>
    </message>
    <message>
        <source>Reference image</source>
        <translation>Reference image</translation>
    </message>
    <message>
        <source>Drop an image here, or paste one with Ctrl+V</source>
        <translation>Drop an image here, or paste one with Ctrl+V</translation>
    </message>
</context>
<context>
    <name>RemixRequest</name>
    <message>
        <source>Enter the ID of the video to remix.</source>
        <translation>Enter the ID of the video to remix.</translation>
    </message>
    <message>
        <source>The video ID cannot contain spaces or line breaks.</source>
        <translation>The video ID cannot contain spaces or line breaks.</translation>
    </message>
    <message>
        <source>The video ID contains an invisible control character.</source>
        <translation>The video ID contains an invisible control character.</translation>
    </message>
    <message>
        <source>The video ID cannot contain / ? # % or \.</source>
        <translation>The video ID cannot contain / ? # % or \.</translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; are not video IDs.</source>
        <translation>&quot;.&quot; and &quot;..&quot; are not video IDs.</translation>
    </message>
    <message>
        <source>Describe the change you want in the prompt.</source>
        <translation>Describe the change you want in the prompt.</translation>
    </message>
    <message>
        <source>Write the size as width x height, for example 1280x720.</source>
        <translation>Write the size as width x height, for example 1280x720.</translation>
    </message>
    <message>
        <source>Name the model without spaces, for example sora-2.</source>
        <translation>Name the model without spaces, for example sora-2.</translation>
    </message>
    <message>
        <source>The duration is a whole number of seconds, from 1 to 60.</source>
        <translation>The duration is a whole number of seconds, from 1 to 60.</translation>
    </message>
    <message>
        <source>This model does not make videos of this size.</source>
        <translation>This model does not make videos of this size.</translation>
    </message>
    <message>
        <source>This model does not make videos of this length.</source>
        <translation>This model does not make videos of this length.</translation>
    </message>
    <message>
        <source>Choose the video&apos;s size: the reference image is fitted to it.</source>
        <translation>Choose the video&apos;s size: the reference image is fitted to it.</translation>
    </message>
    <message>
        <source>There is no video ID in this text.</source>
        <translation>There is no video ID in this text.</translation>
    </message>
    <message numerus="yes">
        <source>The video ID is longer than %Ln characters.</source>
        <translation>
            <numerusform>The video ID is longer than %Ln characters.</numerusform>
            <numerusform>The video ID is longer than %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The prompt is longer than %Ln characters.</source>
        <translation>
            <numerusform>The prompt is longer than %Ln characters.</numerusform>
            <numerusform>The prompt is longer than %Ln characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Width and height must each be between 1 and %L1.</source>
        <translation>Width and height must each be between 1 and %L1.</translation>
    </message>
</context>
<context>
    <name>RepeatGuard</name>
    <message>
        <source>Send Again?</source>
        <translation>Send Again?</translation>
    </message>
    <message numerus="yes">
        <source>You sent this same request %n second(s) ago. Sending it again makes another job, which is paid for too.</source>
        <translation>
            <numerusform>You sent this same request %n second ago. Sending it again makes another job, which is paid for too.</numerusform>
            <numerusform>You sent this same request %n seconds ago. Sending it again makes another job, which is paid for too.</numerusform>
        </translation>
    </message>
    <message>
        <source>For several versions of one idea, use the Versions field.</source>
        <translation>For several versions of one idea, use the Versions field.</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>Send Again</translation>
    </message>
</context>
<context>
    <name>ReplyClassifier</name>
    <message numerus="yes">
        <source>No complete answer within %n seconds.</source>
        <translation>
            <numerusform>No complete answer within %n seconds.</numerusform>
            <numerusform>No complete answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The answer was larger than %n MiB.</source>
        <translation>
            <numerusform>The answer was larger than %n MiB.</numerusform>
            <numerusform>The answer was larger than %n MiB.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected redirect to %1</source>
        <translation>Unexpected redirect to %1</translation>
    </message>
    <message numerus="yes">
        <source>The answer was cut off after %n bytes.</source>
        <translation>
            <numerusform>The answer was cut off after %n bytes.</numerusform>
            <numerusform>The answer was cut off after %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultDownload</name>
    <message>
        <source>The download folder %1 cannot be created.</source>
        <translation>The download folder %1 cannot be created.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is not available (%1). The key can be kept for this run only, or, if you accept the risk, in a file on this computer.</source>
        <translation>The system keychain is not available (%1). The key can be kept for this run only, or, if you accept the risk, in a file on this computer.</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>No key is stored for this profile.</source>
        <translation>No key is stored for this profile.</translation>
    </message>
    <message>
        <source>The keychain accepted the key but did not return it when read back.</source>
        <translation>The keychain accepted the key but did not return it when read back.</translation>
    </message>
    <message>
        <source>Reading the key from the keychain failed: %1</source>
        <translation>Reading the key from the keychain failed: %1</translation>
    </message>
    <message>
        <source>An empty key cannot be stored.</source>
        <translation>An empty key cannot be stored.</translation>
    </message>
    <message>
        <source>Storing the key in the keychain failed: %1</source>
        <translation>Storing the key in the keychain failed: %1</translation>
    </message>
    <message>
        <source>The key file did not return the key just written.</source>
        <translation>The key file did not return the key just written.</translation>
    </message>
    <message>
        <source>Removing the key from the keychain failed: %1</source>
        <translation>Removing the key from the keychain failed: %1</translation>
    </message>
    <message>
        <source>No operation.</source>
        <translation>No operation.</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>no key</translation>
    </message>
    <message>
        <source>from environment</source>
        <translation>from environment</translation>
    </message>
    <message>
        <source>for this run only</source>
        <translation>for this run only</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>in the system keychain</translation>
    </message>
    <message>
        <source>in a file on this computer (not encrypted)</source>
        <translation>in a file on this computer (not encrypted)</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>The key file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation>The key file %1 is damaged.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be removed.</source>
        <translation>The key file %1 cannot be removed.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written: %2</source>
        <translation>The key file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The key file %1 cannot be made private.</source>
        <translation>The key file %1 cannot be made private.</translation>
    </message>
    <message>
        <source>The system keychain is not available. The key can be kept for this run only, or, if you accept the risk, in a file on this computer.</source>
        <translation>The system keychain is not available. The key can be kept for this run only, or, if you accept the risk, in a file on this computer.</translation>
    </message>
    <message>
        <source>Reading the key from the keychain failed.</source>
        <translation>Reading the key from the keychain failed.</translation>
    </message>
    <message>
        <source>Storing the key in the keychain failed.</source>
        <translation>Storing the key in the keychain failed.</translation>
    </message>
</context>
<context>
    <name>ServerDeleter</name>
    <message>
        <source>This job never got a video on the gateway.</source>
        <translation>This job never got a video on the gateway.</translation>
    </message>
    <message>
        <source>No gateway is set up for this job&apos;s profile.</source>
        <translation>No gateway is set up for this job&apos;s profile.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Unknown setting %1.</source>
        <translation>Unknown setting %1.</translation>
    </message>
    <message>
        <source>Invalid value for the setting %1.</source>
        <translation>Invalid value for the setting %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <source>&amp;Gateways</source>
        <translation>&amp;Gateways</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>Gateway profiles</source>
        <translation>Gateway profiles</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Add a profile</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>Duplicate the profile</source>
        <translation>Duplicate the profile</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the profile</source>
        <translation>Remove the profile</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Base &amp;URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>https://gateway.example.com</source>
        <translation>https://gateway.example.com</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Show the API key</translation>
    </message>
    <message>
        <source>Keep for this run only</source>
        <translation>Keep for this run only</translation>
    </message>
    <message>
        <source>Keep the key for this run only</source>
        <translation>Keep the key for this run only</translation>
    </message>
    <message>
        <source>Store in a file…</source>
        <translation>Store in a file…</translation>
    </message>
    <message>
        <source>Store the key in a file, unencrypted</source>
        <translation>Store the key in a file, unencrypted</translation>
    </message>
    <message>
        <source>Use this gateway</source>
        <translation>Use this gateway</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>&amp;Poll every:</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Poll interval in seconds</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>Request &amp;timeout:</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Request timeout in seconds</translation>
    </message>
    <message>
        <source>Allow HTTP/&amp;2</source>
        <translation>Allow HTTP/&amp;2</translation>
    </message>
    <message>
        <source>Allow HTTP/2</source>
        <translation>Allow HTTP/2</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy t&amp;ype:</source>
        <translation>Proxy t&amp;ype:</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Proxy type</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>Proxy &amp;host:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy host</translation>
    </message>
    <message>
        <source>Proxy p&amp;ort:</source>
        <translation>Proxy p&amp;ort:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy port</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA certificate:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Choose a CA certificate file</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Connection test result</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>&amp;Download folder:</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Download folder</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Choose the download folder</translation>
    </message>
    <message>
        <source>Download results &amp;automatically</source>
        <translation>Download results &amp;automatically</translation>
    </message>
    <message>
        <source>Download results automatically</source>
        <translation>Download results automatically</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>Desktop &amp;notifications</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop notifications</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Problems with the settings</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialog buttons</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Use the system&apos;s proxy settings</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>No proxy</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Manual proxy</translation>
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
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>Hide the API key</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>%1, in use</source>
        <translation>%1, in use</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Reading the keychain…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Using the key from the environment (%1); it overrides the key stored here.</source>
        <translation>Using the key from the environment (%1); it overrides the key stored here.</translation>
    </message>
    <message>
        <source>Key changed: it is stored when you apply.</source>
        <translation>Key changed: it is stored when you apply.</translation>
    </message>
    <message>
        <source>Key: %1.</source>
        <translation>Key: %1.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the key could not be stored safely. You can keep it for this run only (it is forgotten when VideoRemix closes), or store it in a file on this computer that is not encrypted.</source>
        <translation>The system keychain is not available, so the key could not be stored safely. You can keep it for this run only (it is forgotten when VideoRemix closes), or store it in a file on this computer that is not encrypted.</translation>
    </message>
    <message>
        <source>New gateway</source>
        <translation>New gateway</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>The download folder must be a full path.</source>
        <translation>The download folder must be a full path.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>The settings file %1 could not be written.</translation>
    </message>
    <message>
        <source>Store the key unencrypted?</source>
        <translation>Store the key unencrypted?</translation>
    </message>
    <message>
        <source>The API key would be saved WITHOUT encryption in
%1

The file is readable only by your user account, but any program you run, any backup of your home folder and anyone who gets access to this account can read it and spend your credit.

Store the key in this file?</source>
        <translation>The API key would be saved WITHOUT encryption in
%1

The file is readable only by your user account, but any program you run, any backup of your home folder and anyone who gets access to this account can read it and spend your credit.

Store the key in this file?</translation>
    </message>
    <message>
        <source>Store unencrypted</source>
        <translation>Store unencrypted</translation>
    </message>
    <message>
        <source>Store the key unencrypted</source>
        <translation>Store the key unencrypted</translation>
    </message>
    <message>
        <source>Do not store</source>
        <translation>Do not store</translation>
    </message>
    <message>
        <source>Do not store the key</source>
        <translation>Do not store the key</translation>
    </message>
    <message>
        <source>A certificate authority to trust in addition to the system&apos;s, as a PEM file</source>
        <translation>A certificate authority to trust in addition to the system&apos;s, as a PEM file</translation>
    </message>
    <message>
        <source>Optional PEM file</source>
        <translation>Optional PEM file</translation>
    </message>
    <message>
        <source>Gen&amp;eral</source>
        <translation>Gen&amp;eral</translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation>Te&amp;st connection</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>Profile settings</translation>
    </message>
    <message>
        <source>Connect&amp;ion</source>
        <translation>Connect&amp;ion</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Prices and &amp;budget</source>
        <translation>Prices and &amp;budget</translation>
    </message>
    <message>
        <source>Prices and budget</source>
        <translation>Prices and budget</translation>
    </message>
    <message>
        <source>Storing the key in the keychain…</source>
        <translation>Storing the key in the keychain…</translation>
    </message>
    <message>
        <source>What the system said: %1</source>
        <translation>What the system said: %1</translation>
    </message>
    <message>
        <source>The key could not be stored in the system keychain: choose where to keep it on the Gateways page.</source>
        <translation>The key could not be stored in the system keychain: choose where to keep it on the Gateways page.</translation>
    </message>
</context>
<context>
    <name>SituationWords</name>
    <message>
        <source>The gateway did not accept the API key (HTTP %1).</source>
        <translation>The gateway did not accept the API key (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway is busy: too many requests for now (HTTP 429).</source>
        <translation>The gateway is busy: too many requests for now (HTTP 429).</translation>
    </message>
    <message>
        <source>The gateway had a problem of its own (HTTP %1).</source>
        <translation>The gateway had a problem of its own (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway&apos;s content moderation refused this request.</source>
        <translation>The gateway&apos;s content moderation refused this request.</translation>
    </message>
    <message>
        <source>The gateway&apos;s content moderation blocked this video.</source>
        <translation>The gateway&apos;s content moderation blocked this video.</translation>
    </message>
    <message>
        <source>The gateway could not make this video.</source>
        <translation>The gateway could not make this video.</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>Not created</translation>
    </message>
    <message>
        <source>Not followed</source>
        <translation>Not followed</translation>
    </message>
    <message>
        <source>Lost track</source>
        <translation>Lost track</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <source>Ask for 1 to %1 versions.</source>
        <translation>Ask for 1 to %1 versions.</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Nothing was sent: the job library cannot be written (%1).</source>
        <translation>Nothing was sent: the job library cannot be written (%1).</translation>
    </message>
    <message>
        <source>Nothing was sent: this submit costs about %1 and goes %2 over this month&apos;s budget of %3 (spent so far: %4). Add --over-budget to submit it anyway.</source>
        <translation>Nothing was sent: this submit costs about %1 and goes %2 over this month&apos;s budget of %3 (spent so far: %4). Add --over-budget to submit it anyway.</translation>
    </message>
    <message>
        <source>the source video %1 is not in the job library, and a dry run asks the gateway nothing</source>
        <translation>the source video %1 is not in the job library, and a dry run asks the gateway nothing</translation>
    </message>
    <message>
        <source>This month&apos;s budget could not be checked: the price is unknown.</source>
        <translation>This month&apos;s budget could not be checked: the price is unknown.</translation>
    </message>
</context>
<context>
    <name>SubmitForm</name>
    <message>
        <source>Same as source</source>
        <translation>Same as source</translation>
    </message>
    <message>
        <source>A model VideoRemix does not know: its size and duration are sent as you type them, and the gateway decides.</source>
        <translation>A model VideoRemix does not know: its size and duration are sent as you type them, and the gateway decides.</translation>
    </message>
    <message>
        <source>%1 also makes %2.</source>
        <translation>%1 also makes %2.</translation>
    </message>
    <message>
        <source>%1 makes every size listed.</source>
        <translation>%1 makes every size listed.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>The reference image is still being fitted to the size.</source>
        <translation>The reference image is still being fitted to the size.</translation>
    </message>
    <message>
        <source>Send the remix request (Ctrl+Enter)</source>
        <translation>Send the remix request (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send the request for a new video (Ctrl+Enter)</source>
        <translation>Send the request for a new video (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cannot remix yet:
%1</source>
        <translation>Cannot remix yet:
%1</translation>
    </message>
    <message>
        <source>Cannot create yet:
%1</source>
        <translation>Cannot create yet:
%1</translation>
    </message>
    <message>
        <source>&amp;New Video</source>
        <translation>&amp;New Video</translation>
    </message>
    <message>
        <source>Remi&amp;x</source>
        <translation>Remi&amp;x</translation>
    </message>
    <message>
        <source>Make a video from a prompt or an image</source>
        <translation>Make a video from a prompt or an image</translation>
    </message>
    <message>
        <source>Change a video you already made</source>
        <translation>Change a video you already made</translation>
    </message>
    <message>
        <source>What to make</source>
        <translation>What to make</translation>
    </message>
    <message>
        <source>Video &amp;ID:</source>
        <translation>Video &amp;ID:</translation>
    </message>
    <message>
        <source>video_… or paste the gateway&apos;s answer or a …/videos/&lt;id&gt; URL</source>
        <translation>video_… or paste the gateway&apos;s answer or a …/videos/&lt;id&gt; URL</translation>
    </message>
    <message>
        <source>Video ID</source>
        <translation>Video ID</translation>
    </message>
    <message>
        <source>The ID of the video to remix</source>
        <translation>The ID of the video to remix</translation>
    </message>
    <message>
        <source>Problem with the video ID</source>
        <translation>Problem with the video ID</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <source>Describe the change, in any language</source>
        <translation>Describe the change, in any language</translation>
    </message>
    <message>
        <source>Describe the video, in any language: scene, subject, camera, light</source>
        <translation>Describe the video, in any language: scene, subject, camera, light</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Problem with the prompt</source>
        <translation>Problem with the prompt</translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation>Prompt length</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>Choose a model, or type the name of any model your gateway routes</source>
        <translation>Choose a model, or type the name of any model your gateway routes</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>&amp;Duration (s):</source>
        <translation>&amp;Duration (s):</translation>
    </message>
    <message>
        <source>The length of the video in seconds</source>
        <translation>The length of the video in seconds</translation>
    </message>
    <message>
        <source>Duration in seconds</source>
        <translation>Duration in seconds</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Si&amp;ze:</translation>
    </message>
    <message>
        <source>Keep the source&apos;s size, choose one, or type width x height</source>
        <translation>Keep the source&apos;s size, choose one, or type width x height</translation>
    </message>
    <message>
        <source>Choose a size the model makes, or type width x height for another model</source>
        <translation>Choose a size the model makes, or type width x height for another model</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Problem with the model, duration or size</source>
        <translation>Problem with the model, duration or size</translation>
    </message>
    <message>
        <source>What the model makes</source>
        <translation>What the model makes</translation>
    </message>
    <message>
        <source>Ima&amp;ge:</source>
        <translation>Ima&amp;ge:</translation>
    </message>
    <message>
        <source>Ver&amp;sions:</source>
        <translation>Ver&amp;sions:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Cost:</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>How many versions to make from this one click: each is its own job, and is paid for</source>
        <translation>How many versions to make from this one click: each is its own job, and is paid for</translation>
    </message>
    <message>
        <source>Number of versions</source>
        <translation>Number of versions</translation>
    </message>
    <message>
        <source>Ctrl+Enter to remix</source>
        <translation>Ctrl+Enter to remix</translation>
    </message>
    <message>
        <source>Ctrl+Enter to create</source>
        <translation>Ctrl+Enter to create</translation>
    </message>
    <message>
        <source>&amp;Remix</source>
        <translation>&amp;Remix</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Remix</source>
        <translation>Remix</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>VersionsStrip</name>
    <message>
        <source>Version %1 of %2: %3</source>
        <translation>Version %1 of %2: %3</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Unknown status</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <source>Downloading the video…</source>
        <translation>Downloading the video…</translation>
    </message>
    <message>
        <source>The video cannot be previewed here. Use Open to play it.</source>
        <translation>The video cannot be previewed here. Use Open to play it.</translation>
    </message>
    <message>
        <source>The preview appears here when the video is completed.</source>
        <translation>The preview appears here when the video is completed.</translation>
    </message>
    <message>
        <source>Video preview</source>
        <translation>Video preview</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the downloaded video in the system&apos;s player</source>
        <translation>Open the downloaded video in the system&apos;s player</translation>
    </message>
    <message>
        <source>Open the video</source>
        <translation>Open the video</translation>
    </message>
    <message>
        <source>Play or pause the preview</source>
        <translation>Play or pause the preview</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Thumbnail</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>P&amp;ause</translation>
    </message>
    <message>
        <source>Pl&amp;ay</source>
        <translation>Pl&amp;ay</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Loading the preview…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the bundled local mock gateway and use it.</source>
        <translation>Start the bundled local mock gateway and use it.</translation>
    </message>
    <message>
        <source>The gateway&apos;s base URL (else VIDEOREMIX_BASE_URL or OPENAI_BASE_URL).</source>
        <translation>The gateway&apos;s base URL (else VIDEOREMIX_BASE_URL or OPENAI_BASE_URL).</translation>
    </message>
    <message>
        <source>The UI language: en or zh_CN.</source>
        <translation>The UI language: en or zh_CN.</translation>
    </message>
    <message>
        <source>Quit as soon as the window has been painted (start-up benchmarks).</source>
        <translation>Quit as soon as the window has been painted (start-up benchmarks).</translation>
    </message>
    <message>
        <source>Remix videos through an OpenAI-compatible video gateway.</source>
        <translation>Remix videos through an OpenAI-compatible video gateway.</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>Not an http(s) URL: %1</translation>
    </message>
    <message>
        <source>The job library cannot be opened: %1</source>
        <translation>The job library cannot be opened: %1</translation>
    </message>
    <message>
        <source>Colours of this run: light, dark or high-contrast (with the Fusion style), where the desktop&apos;s theme does not reach Qt. By default the window follows the system.</source>
        <translation>Colours of this run: light, dark or high-contrast (with the Fusion style), where the desktop&apos;s theme does not reach Qt. By default the window follows the system.</translation>
    </message>
    <message>
        <source>Unknown palette: %1 (use one of: %2)</source>
        <translation>Unknown palette: %1 (use one of: %2)</translation>
    </message>
</context>
</TS>
