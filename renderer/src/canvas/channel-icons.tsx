import { AppWindow, Bot, Globe, Mail, Mailbox, MessageCircle, Phone, Share2, Smartphone, User, type LucideIcon } from 'lucide-react';
import type { Channel } from '../../../src/model';

export const CHANNEL_ICONS: Readonly<Record<Channel, LucideIcon>> = {
  'in-person': User,
  phone: Phone,
  web: Globe,
  app: Smartphone,
  email: Mail,
  chat: MessageCircle,
  social: Share2,
  mail: Mailbox,
  'self-service': Bot,
  other: AppWindow,
};
