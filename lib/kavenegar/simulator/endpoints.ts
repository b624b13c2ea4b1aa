// The simulated API methods, keyed "scope/method".
import { accountEndpoints } from "./account-endpoints";
import type { Endpoint } from "./endpoint";
import { smsEndpoints } from "./sms-endpoints";
import { verifyEndpoints } from "./verify-endpoints";

export const endpoints: Readonly<Record<string, Endpoint>> = {
  ...smsEndpoints,
  ...verifyEndpoints,
  ...accountEndpoints,
};
