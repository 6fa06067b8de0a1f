// The rule inventory. Ids are stable: a retired rule's id is never reused.
import type { PolicyRule } from "../rule";
import { HK001 } from "./hk001-replicated-storage";
import { HK002 } from "./hk002-system-and-data-disks";
import { HK003 } from "./hk003-no-wholeip";
import { HK004 } from "./hk004-ssh-keys-only";
import { HK005 } from "./hk005-attached-disks-declared";
import { HK006 } from "./hk006-disk-attached-once";
import { HK007 } from "./hk007-golden-image-minimum-size";
import { HK008 } from "./hk008-iso-images-optical";
import { HK009 } from "./hk009-bootable";
import { HK010 } from "./hk010-gpu-memory";
import { HK011 } from "./hk011-external-ports-consistent";
import { HK012 } from "./hk012-https-image-urls";
import { HK013 } from "./hk013-no-secrets-in-cloud-init";
import { HK014 } from "./hk014-no-private-key-in-ssh-keys";
import { HK015 } from "./hk015-rsa-key-size";
import { HK016 } from "./hk016-no-deprecated-catalog-entries";
import { HK017 } from "./hk017-halted-vm";
import { HK018 } from "./hk018-wholeip-os-firewall";
import { HK019 } from "./hk019-orphan-disk";
import { HK020 } from "./hk020-data-disk-local-storage";
import { HK021 } from "./hk021-external-allow-icmp";
import { HK022 } from "./hk022-windows-profile";

export const HIKUBE_RULES: readonly PolicyRule[] = Object.freeze([
  HK001, HK002, HK003, HK004, HK005, HK006, HK007, HK008, HK009, HK010, HK011,
  HK012, HK013, HK014, HK015, HK016, HK017, HK018, HK019, HK020, HK021, HK022,
]);

export { HK001, HK002, HK003, HK004, HK005, HK006, HK007, HK008, HK009, HK010, HK011 };
export { HK012, HK013, HK014, HK015, HK016, HK017, HK018, HK019, HK020, HK021, HK022 };
