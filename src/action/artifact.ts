// The report artifact, through the runner's artifact service (the client upload-artifact uses).
import { DefaultArtifactClient } from '@actions/artifact';

export async function uploadReport(
  name: string,
  files: string[],
  rootDirectory: string,
): Promise<number | undefined> {
  const client = new DefaultArtifactClient();
  const { id } = await client.uploadArtifact(name, files, rootDirectory, { compressionLevel: 6 });
  return id;
}
