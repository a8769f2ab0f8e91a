import {
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  ListMFADeviceTagsCommand,
  TagMFADeviceCommand,
  UntagMFADeviceCommand,
  DeactivateMFADeviceCommand,
  DeleteVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  ListMFADevicesCommand,
  ListVirtualMFADevicesCommand,
  ResyncMFADeviceCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { inflateSync } from 'node:zlib';
import { encode } from 'uqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otpauthUri } from '../../src/crypto/totp.js';
import { codeAt } from '../credentials/credential-helpers.js';
import { signInAsRoot } from '../harness/fixtures.js';
import { startTestServer, type TestServer } from '../harness/test-server.js';
import { rootClients, userClients } from './aws-clients.js';
import { allPages, failureOf } from './sdk-results.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A new unassigned virtual device: its serial number and its seed as base32 text. */
async function newDevice(iam: IAMClient, name: string, path?: string) {
  const out = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: name, Path: path }));
  const device = out.VirtualMFADevice!;
  return {
    serialNumber: device.SerialNumber!,
    seed: Buffer.from(device.Base32StringSeed!).toString('ascii'),
    png: Buffer.from(device.QRCodePNG!),
  };
}

/** Two consecutive codes, as a person copies them from an authenticator app. */
function codes(seed: string, from = -1) {
  return {
    AuthenticationCode1: codeAt(server, seed, from),
    AuthenticationCode2: codeAt(server, seed, from + 1),
  };
}

/** The dark and light modules of a black-on-white grayscale PNG, `modules` to a side. */
function pngModules(png: Buffer, modules: number): boolean[][] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let width = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      expect([data[8], data[9]]).toEqual([8, 0]); // 8-bit grayscale
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const scale = width / modules;
  expect(Number.isInteger(scale)).toBe(true);
  return Array.from({ length: modules }, (_, my) => {
    const y = Math.floor((my + 0.5) * scale);
    expect(raw[y * (width + 1)]).toBe(0); // no row filter
    return Array.from(
      { length: modules },
      (_, mx) => raw[y * (width + 1) + 1 + Math.floor((mx + 0.5) * scale)] === 0,
    );
  });
}

describe('virtual MFA devices through the AWS door', () => {
  it('creates an unassigned device with its seed and a QR code of its otpauth URI', async () => {
    const { iam, account } = await rootClients(server);
    const { serialNumber, seed, png } = await newDevice(iam, 'phone', '/team/');
    expect(serialNumber).toBe(`arn:aws:iam::${account.accountId}:mfa/team/phone`);
    expect(seed).toMatch(/^[A-Z2-7]{32}$/);
    const expected = encode(otpauthUri('Gatehouse', `phone@${account.accountId}`, seed), {
      ecc: 'M',
      border: 4,
    }).data;
    expect(pngModules(png, expected.length)).toEqual(expected);

    const unassigned = await iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Unassigned' }));
    expect(unassigned.VirtualMFADevices).toEqual([{ SerialNumber: serialNumber }]);
    expect(
      await failureOf(
        iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'phone', Path: '/team/' })),
      ),
    ).toMatchObject({ name: 'EntityAlreadyExistsException', status: 409 });
  });

  it('tags a virtual MFA device at creation and with Tag/Untag/ListMFADeviceTags', async () => {
    const { iam, account } = await rootClients(server);
    const created = await iam.send(
      new CreateVirtualMFADeviceCommand({
        VirtualMFADeviceName: 'tagged',
        Tags: [{ Key: 'team', Value: 'ops' }],
      }),
    );
    const serialNumber = created.VirtualMFADevice!.SerialNumber!;
    expect(serialNumber).toBe(`arn:aws:iam::${account.accountId}:mfa/tagged`);
    await iam.send(
      new TagMFADeviceCommand({
        SerialNumber: serialNumber,
        Tags: [
          { Key: 'cost', Value: '42' },
          { Key: 'TEAM', Value: 'dev' },
        ],
      }),
    );
    const listed = await iam.send(new ListMFADeviceTagsCommand({ SerialNumber: serialNumber }));
    expect(listed.Tags).toEqual([
      { Key: 'cost', Value: '42' },
      { Key: 'TEAM', Value: 'dev' },
    ]);
    await iam.send(new UntagMFADeviceCommand({ SerialNumber: serialNumber, TagKeys: ['cost'] }));
    expect((await iam.send(new ListMFADeviceTagsCommand({ SerialNumber: serialNumber }))).Tags).toEqual([
      { Key: 'TEAM', Value: 'dev' },
    ]);
    expect(
      await failureOf(
        iam.send(
          new ListMFADeviceTagsCommand({ SerialNumber: `arn:aws:iam::${account.accountId}:mfa/ghost` }),
        ),
      ),
    ).toMatchObject({ name: 'NoSuchEntityException', status: 404 });
    // Tags of a device are its resource tags for policies: a policy on aws:ResourceTag decides.
    const onlyOps = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'iam:ListMFADeviceTags',
          Resource: '*',
          Condition: { StringEquals: { 'aws:ResourceTag/team': 'ops' } },
        },
      ],
    };
    const { iam: scoped } = await userClients(server, account.accountId, { inlinePolicies: { onlyOps } });
    expect(
      await failureOf(scoped.send(new ListMFADeviceTagsCommand({ SerialNumber: serialNumber }))),
    ).toMatchObject({
      name: 'AccessDenied',
      status: 403,
    });
    await iam.send(
      new TagMFADeviceCommand({ SerialNumber: serialNumber, Tags: [{ Key: 'team', Value: 'ops' }] }),
    );
    await expect(
      scoped.send(new ListMFADeviceTagsCommand({ SerialNumber: serialNumber })),
    ).resolves.toMatchObject({
      Tags: [{ Key: 'team', Value: 'ops' }],
    });
  });

  it('enables a device for a user with two consecutive codes, resyncs, deactivates and deletes it', async () => {
    const { iam } = await rootClients(server);
    const user = (await iam.send(new CreateUserCommand({ UserName: 'carol' }))).User!;
    const { serialNumber, seed } = await newDevice(iam, 'carol-phone');

    expect(
      await failureOf(
        iam.send(
          new EnableMFADeviceCommand({
            UserName: 'carol',
            SerialNumber: serialNumber,
            AuthenticationCode1: codeAt(server, seed, 0),
            AuthenticationCode2: codeAt(server, seed, -1),
          }),
        ),
      ),
    ).toMatchObject({ name: 'InvalidAuthenticationCodeException', status: 403 });
    expect(
      await failureOf(
        iam.send(
          new EnableMFADeviceCommand({
            UserName: 'carol',
            SerialNumber: serialNumber,
            AuthenticationCode1: '12',
            AuthenticationCode2: '345678',
          }),
        ),
      ),
    ).toMatchObject({ name: 'ValidationError', status: 400 });
    await iam.send(
      new EnableMFADeviceCommand({ UserName: 'carol', SerialNumber: serialNumber, ...codes(seed) }),
    );
    expect(
      await failureOf(
        iam.send(
          new EnableMFADeviceCommand({ UserName: 'carol', SerialNumber: serialNumber, ...codes(seed, 1) }),
        ),
      ),
    ).toMatchObject({ name: 'EntityAlreadyExistsException', status: 409 });

    const listed = await iam.send(new ListMFADevicesCommand({ UserName: 'carol' }));
    expect(listed.MFADevices).toEqual([
      { UserName: 'carol', SerialNumber: serialNumber, EnableDate: expect.any(Date) },
    ]);
    expect(listed.IsTruncated).toBe(false);
    const assigned = await iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned' }));
    expect(assigned.VirtualMFADevices).toEqual([
      {
        SerialNumber: serialNumber,
        User: {
          Path: '/',
          UserName: 'carol',
          UserId: user.UserId,
          Arn: user.Arn,
          CreateDate: expect.any(Date),
        },
        EnableDate: expect.any(Date),
      },
    ]);

    await iam.send(
      new ResyncMFADeviceCommand({ UserName: 'carol', SerialNumber: serialNumber, ...codes(seed, 2) }),
    );
    expect(
      await failureOf(
        iam.send(
          new ResyncMFADeviceCommand({ UserName: 'carol', SerialNumber: serialNumber, ...codes(seed, 2) }),
        ),
      ),
    ).toMatchObject({ name: 'InvalidAuthenticationCodeException', status: 403 });

    expect(
      await failureOf(iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serialNumber }))),
    ).toMatchObject({ name: 'DeleteConflictException', status: 409 });
    await iam.send(new DeactivateMFADeviceCommand({ UserName: 'carol', SerialNumber: serialNumber }));
    expect((await iam.send(new ListMFADevicesCommand({ UserName: 'carol' }))).MFADevices).toEqual([]);
    expect(
      (await iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Unassigned' })))
        .VirtualMFADevices,
    ).toEqual([{ SerialNumber: serialNumber }]);
    expect(
      await failureOf(
        iam.send(new DeactivateMFADeviceCommand({ UserName: 'carol', SerialNumber: serialNumber })),
      ),
    ).toMatchObject({ name: 'NoSuchEntityException', status: 404 });
    await iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serialNumber }));
    expect(
      await failureOf(iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serialNumber }))),
    ).toMatchObject({ name: 'NoSuchEntityException', status: 404 });
    expect(
      await failureOf(
        iam.send(
          new EnableMFADeviceCommand({ UserName: 'carol', SerialNumber: serialNumber, ...codes(seed) }),
        ),
      ),
    ).toMatchObject({ name: 'NoSuchEntityException', status: 404 });
  });

  it('assigns at most 8 devices to a user', async () => {
    const { iam } = await rootClients(server);
    await iam.send(new CreateUserCommand({ UserName: 'collector' }));
    for (let i = 0; i < 9; i++) {
      const { serialNumber, seed } = await newDevice(iam, `collector-${i}`);
      const enable = iam.send(
        new EnableMFADeviceCommand({ UserName: 'collector', SerialNumber: serialNumber, ...codes(seed) }),
      );
      if (i < 8) await enable;
      else expect(await failureOf(enable)).toMatchObject({ name: 'LimitExceededException', status: 409 });
    }
    const listed = await iam.send(new ListMFADevicesCommand({ UserName: 'collector' }));
    expect(listed.MFADevices).toHaveLength(8);
  });

  it('pages the virtual devices and shows the root user’s by its ARN', async () => {
    const { iam, account } = await rootClients(server);
    for (const name of ['a-key', 'b-key', 'c-key']) await newDevice(iam, name);
    // The root user's own device, enabled in the console.
    const browser = await signInAsRoot(server, account);
    const made = await browser.post('/api/self/mfa-devices', { deviceName: 'root-key' });
    const { serialNumber, base32StringSeed } = made.body as {
      serialNumber: string;
      base32StringSeed: string;
    };
    const enabled = await browser.post(`/api/self/mfa-devices/${encodeURIComponent(serialNumber)}/enable`, {
      authenticationCode1: codeAt(server, base32StringSeed, -1),
      authenticationCode2: codeAt(server, base32StringSeed, 0),
    });
    expect(enabled.status).toBe(204);

    const paged = await allPages(
      (Marker) => iam.send(new ListVirtualMFADevicesCommand({ MaxItems: 2, Marker })),
      (p) => p.VirtualMFADevices,
    );
    expect(paged.pages.map((p) => p.map((d) => d.SerialNumber!.split('/').at(-1)))).toEqual([
      ['a-key', 'b-key'],
      ['c-key', 'root-key'],
    ]);
    expect(paged.pages[1]![1]).toEqual({
      SerialNumber: serialNumber,
      User: {
        Path: '/',
        UserId: account.accountId,
        Arn: `arn:aws:iam::${account.accountId}:root`,
        CreateDate: expect.any(Date),
      },
      EnableDate: expect.any(Date),
    });
    const rootDevices = await iam.send(new ListMFADevicesCommand({}));
    expect(rootDevices.MFADevices).toEqual([{ SerialNumber: serialNumber, EnableDate: expect.any(Date) }]);
  });

  it('refuses an IAM user without policies in AWS words', async () => {
    const { account, iam: root } = await rootClients(server);
    const { serialNumber } = await newDevice(root, 'guarded');
    const { iam, user } = await userClients(server, account.accountId);
    expect(
      await failureOf(iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'mine' }))),
    ).toMatchObject({
      name: 'AccessDenied',
      status: 403,
      message: `User: ${user.arn} is not authorized to perform: iam:CreateVirtualMFADevice on resource: arn:aws:iam::${account.accountId}:mfa/mine because no identity-based policy allows the iam:CreateVirtualMFADevice action`,
    });
    const mfa = { UserName: user.name, SerialNumber: serialNumber };
    for (const call of [
      () => iam.send(new ListVirtualMFADevicesCommand({})),
      () => iam.send(new ListMFADevicesCommand({})),
      () =>
        iam.send(
          new EnableMFADeviceCommand({
            ...mfa,
            AuthenticationCode1: '123456',
            AuthenticationCode2: '234567',
          }),
        ),
      () =>
        iam.send(
          new ResyncMFADeviceCommand({
            ...mfa,
            AuthenticationCode1: '123456',
            AuthenticationCode2: '234567',
          }),
        ),
      () => iam.send(new DeactivateMFADeviceCommand(mfa)),
      () => iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serialNumber })),
    ]) {
      expect(await failureOf(call())).toMatchObject({ name: 'AccessDenied', status: 403 });
    }
  });
});
