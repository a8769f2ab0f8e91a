// The aws CLI runner the server's own CLI tests use too.
export { AWS_CLI, aws, cliTestsRun, type CliCredentials, type CliResult } from '@gatehouse/server/aws-cli';
