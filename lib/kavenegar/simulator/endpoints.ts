// The simulated API methods, keyed "scope/method".
import type { SimAccount } from "./accounts";
import { accountEndpoints } from "./account-endpoints";
import type { Params } from "./rules";
import { smsEndpoints } from "./sms-endpoints";
import type { SimulatorState } from "./state";
import { verifyEndpoints } from "./verify-endpoints";

export interface EndpointContext {
  state: SimulatorState;
  account: SimAccount;
  params: Params;
}

export interface Endpoint {
  /** GET answers 405. */
  postOnly?: boolean;
  /** Returns the `entries`; throws SimApiFailure for any other status. */
  handle(context: EndpointContext): unknown;
}

export const endpoints: Readonly<Record<string, Endpoint>> = {
  ...smsEndpoints,
  ...verifyEndpoints,
  ...accountEndpoints,
};
