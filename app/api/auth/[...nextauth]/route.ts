import { authRouteHandler } from "@/lib/http/auth-route";
import { routeMethods } from "@/lib/http/methods";

// GET|POST /api/auth/* – next-auth: sign-in, sign-out, session, CSRF token
export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({ GET: authRouteHandler, POST: authRouteHandler });
