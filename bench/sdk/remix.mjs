// The remix flow with the official OpenAI SDK, for comparison with
// `videoremix-cli remix --wait --download`: remix, poll until the job ends,
// stream the content to a file. Polls as the SDK's own *AndPoll helpers do:
// the server's openai-poll-after-ms header, else the interval given here.
//
//   node remix.mjs BASE_URL SOURCE_VIDEO_ID PROMPT OUTPUT [POLL_MS]
// The key comes from OPENAI_API_KEY.
import OpenAI from 'openai';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';

const [baseUrl, source, prompt, output, pollArg] = process.argv.slice(2);
if (!output) {
  console.error('usage: node remix.mjs BASE_URL SOURCE_VIDEO_ID PROMPT OUTPUT [POLL_MS]');
  process.exit(2);
}
const defaultPollMs = Number(pollArg ?? 1000);
const client = new OpenAI({ baseURL: baseUrl.replace(/\/$/, '') + '/v1', maxRetries: 2 });

function pollAfter(response) {
  const header = Number(response.headers.get('openai-poll-after-ms'));
  return Number.isFinite(header) && header > 0 ? header : defaultPollMs;
}

let { data: video, response } = await client.videos.remix(source, { prompt }).withResponse();
while (video.status === 'queued' || video.status === 'in_progress') {
  await sleep(pollAfter(response));
  ({ data: video, response } = await client.videos.retrieve(video.id).withResponse());
}
if (video.status !== 'completed') {
  console.error(`job ${video.id} ended ${video.status}`);
  process.exit(4);
}
const content = await client.videos.downloadContent(video.id);
await pipeline(Readable.fromWeb(content.body), createWriteStream(output));
console.log(JSON.stringify({ id: video.id, status: video.status, output }));
