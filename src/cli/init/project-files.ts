/**
 * The files of a new cdktf project that uses hikube-vm (`hikube-vm init`), with versions known to install and
 * run together: cdktf and cdktf-cli 0.21.0, TypeScript 5.9 (ts-node and ts-jest need TypeScript < 7, which
 * `cdktf init` now picks), ts-node 10.
 */
export interface ProjectOptions {
  /** package.json `name`. */
  readonly name: string;
  /** The hikube-vm dependency: a version range, or `file:` a packed tarball. */
  readonly hikubeVm: string;
  /** Namespace of the example VM: the user's tenant. */
  readonly namespace: string;
}

export const STACK_NAME = "vms";

/**
 * Clearly not anyone's key: its 32 key bytes spell "ExampleKeyOnly..." in base64. It passes validation (a
 * well-formed ed25519 public key), so the example synthesises; nobody holds a private key for it.
 */
export const EXAMPLE_SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnlyReplaceItWithYourOwnPublicKey you@example.com";

/** Relative path -> content. */
export function projectFiles(options: ProjectOptions): Record<string, string> {
  return {
    "package.json": packageJson(options),
    "cdktf.json": json({
      language: "typescript",
      app: "npx ts-node --transpile-only main.ts",
      projectId: options.name,
      sendCrashReports: "false",
      terraformProviders: [],
      terraformModules: [],
      context: {},
    }),
    "tsconfig.json": json({
      compilerOptions: {
        target: "ES2022",
        module: "commonjs",
        lib: ["ES2022"],
        moduleResolution: "node",
        strict: true,
        esModuleInterop: true,
        skipLibCheck: true,
        forceConsistentCasingInFileNames: true,
        types: ["node"],
        noEmit: true,
      },
      include: ["**/*.ts"],
      exclude: ["node_modules", "cdktf.out"],
    }),
    "main.ts": mainTs(options),
    ".gitignore": ["node_modules/", "cdktf.out/", ".terraform/", "terraform.*.tfstate*", "*.tfplan", ""].join("\n"),
    ".github/workflows/hikube.yml": workflow(),
    "README.md": readme(options),
  };
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

function packageJson(options: ProjectOptions): string {
  return json({
    name: options.name,
    version: "0.1.0",
    private: true,
    scripts: {
      // The cdktf CLI with its telemetry (checkpoint) call off: it prints a red error where that host is unreachable.
      synth: "node node_modules/hikube-vm/bin/cdktf.js synth",
      typecheck: "tsc --noEmit",
      validate: "node node_modules/hikube-vm/bin/stack-manifests.js cdktf.out | hikube-vm validate --env production -",
    },
    dependencies: {
      cdktf: "0.21.0",
      // cdktn (an optional peer of hikube-vm) takes constructs below 10.8.
      constructs: "~10.7.2",
      "hikube-vm": options.hikubeVm,
    },
    devDependencies: {
      "@types/node": "^20.19.0",
      "cdktf-cli": "0.21.0",
      "ts-node": "^10.9.2",
      typescript: "~5.9.3",
    },
  });
}

function mainTs(options: ProjectOptions): string {
  return `// One virtual machine on Hikube: a system disk from a golden image, a separate data disk, an instance
// reachable on port 22 only, checked by the production policies when the stack synthesises.
// \`npm run synth\` writes cdktf.out/stacks/${STACK_NAME}/cdk.tf.json; \`cdktf deploy\` (or terraform in that folder) applies it.
import { App, Aspects, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { HikubeDefaults, HikubePolicies, KubernetesProvider, Size, VirtualMachine } from "hikube-vm";

// An example key so that the stack synthesises: replace it with your own public key (the contents of
// ~/.ssh/id_ed25519.pub) before you apply, or nobody can log in.
const SSH_KEY = ${JSON.stringify(EXAMPLE_SSH_KEY)};

class VmStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new KubernetesProvider(this, "kubernetes", { configPath: "~/.kube/config" });
    // Your tenant's namespace. Production: data disks get prevent_destroy.
    HikubeDefaults.set(this, { namespace: ${JSON.stringify(options.namespace)}, environment: "production" });

    new VirtualMachine(this, "Web", {
      name: "web",
      instanceType: "u1.medium",
      systemDisk: { image: "ubuntu-2404", storage: Size.gibibytes(20) },
      dataDisks: [{ storage: Size.gibibytes(50) }],
      external: true,
      externalPorts: [22],
      sshKeys: [SSH_KEY],
    });
  }
}

const app = new App();
// Errors fail the synthesis, one line per finding; the report is written next to the stack (JSON and SARIF).
Aspects.of(app).add(new HikubePolicies({ environment: "production" }));
new VmStack(app, ${JSON.stringify(STACK_NAME)});
app.synth();
`;
}

function workflow(): string {
  return `# Type-check, synthesise (schema and policy checks), validate the synthesised manifests, and on a pull request
# compare with the base branch: the job fails when a change destroys a disk's data or cannot be applied (exit 3).
name: hikube
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
env:
  CHECKPOINT_DISABLE: "1"
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with: { path: head }
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - name: Install
        working-directory: head
        run: npm ci
      - name: Type-check
        working-directory: head
        run: npm run typecheck
      - name: Synthesise
        working-directory: head
        run: npm run synth
      - name: Validate
        working-directory: head
        run: npm run validate
      - uses: actions/checkout@v4
        if: github.event_name == 'pull_request'
        with: { path: base, ref: "\${{ github.base_ref }}" }
      - name: Synthesise the base branch
        if: github.event_name == 'pull_request'
        run: |
          if [ -f base/package.json ]; then (cd base && npm ci && npm run synth); else mkdir -p base/cdktf.out; fi
      - name: Diff gate (exit 3 on data loss or an impossible change)
        if: github.event_name == 'pull_request'
        run: head/node_modules/.bin/hikube-vm diff base/cdktf.out head/cdktf.out
`;
}

function readme(options: ProjectOptions): string {
  return `# ${options.name}

Virtual machines on Hikube with CDK for Terraform and [hikube-vm](https://github.com/hikube-vm/hikube-vm).

\`\`\`sh
npm install        # once
npm run synth      # cdktf.out/stacks/${STACK_NAME}/cdk.tf.json, checked by the production policies
npm run validate   # the synthesised manifests, checked again by hikube-vm validate
\`\`\`

Before applying, put your own SSH public key in \`main.ts\` (the one there is an example) and check the
namespace (\`${options.namespace}\`). Then \`npx cdktf deploy\`, or \`terraform init && terraform plan\` in
\`cdktf.out/stacks/${STACK_NAME}\`, with a kubeconfig for your tenant in \`~/.kube/config\`.
\`.github/workflows/hikube.yml\` runs the same checks in CI and blocks a pull request that would destroy a disk.
`;
}
